using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// Markup safe to send. The only way to make some is <see cref="Of"/>: the literal parts of <c>$"…"</c> are markup
/// written here, and every value put into it is HTML-encoded, unless it is already <see cref="Html"/>. Flow
/// definitions, inputs, outputs and event details are user data and may hold <c>&lt;script&gt;</c>.
/// </summary>
internal sealed class Html
{
    // Every range allowed: names and data in any script stay readable in the page source; the characters HTML
    // gives meaning to are encoded whatever the ranges.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string _markup;

    private Html(string markup) => _markup = markup;

    public static Html Empty { get; } = new("");

    public static Html Of(ref Interpolation html) => new(html.Text);

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._markup)));

    public override string ToString() => _markup;

    [InterpolatedStringHandler]
    public readonly ref struct Interpolation
    {
        private readonly StringBuilder _text;

        public Interpolation(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + (formattedCount * 16));

        internal string Text => _text.ToString();

        public void AppendLiteral(string markup) => _text.Append(markup);

        public void AppendFormatted(Html? markup) => _text.Append(markup?._markup);

        public void AppendFormatted<T>(T value) => _text.Append(Encoder.Encode(value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        }));
    }
}
