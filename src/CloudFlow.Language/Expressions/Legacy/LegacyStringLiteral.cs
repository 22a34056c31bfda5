using System.Globalization;
using System.Text;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A string in double or single quotes with JSON-style backslash escapes (fdl-legacy.md 4 and its Decisions).</summary>
internal static class LegacyStringLiteral
{
    /// <summary>Reads from the opening quote at <paramref name="position"/> to just past the closing one.</summary>
    public static string Read(string text, ref int position)
    {
        var quote = text[position];
        var start = position++;
        var value = new StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            var c = text[position++];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var escaped = text[position++];
            value.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'u' => Unicode(text, ref position),
                _ => escaped,
            });
        }

        if (position >= text.Length)
        {
            throw LegacyPathParser.Error("unterminated string", start);
        }

        position++;
        return value.ToString();
    }

    private static char Unicode(string text, ref int position)
    {
        if (position + 4 <= text.Length && ushort.TryParse(text.AsSpan(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            position += 4;
            return (char)code;
        }

        throw LegacyPathParser.Error("expected four hex digits after \\u", position);
    }
}
