using System.Globalization;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// Reads legacy paths: a root keyword, then <c>.key</c>, <c>.*</c>, <c>[n]</c>, <c>[*]</c>, <c>['key']</c> or
/// <c>["key"]</c> steps. A key runs up to the next character that ends it, so the same reader serves whole
/// mapping sources and paths inside conditions.
/// </summary>
internal static class LegacyPathParser
{
    private const string KeyStops = ".[]()=!<>&|\"',";

    private static readonly (string Keyword, LegacyRoot Root)[] MappingRoots =
    [
        ("$input", LegacyRoot.Input),
        ("$local", LegacyRoot.Local),
        ("$context", LegacyRoot.Context),
    ];

    /// <summary>False when the text does not start with a mapping root keyword: it is then a constant (fdl-legacy.md 2.5).</summary>
    public static bool TryParseSource(string text, out LegacyPath? path)
    {
        foreach (var (keyword, root) in MappingRoots)
        {
            if (text.StartsWith(keyword, StringComparison.Ordinal) && StartsSegment(text, keyword.Length))
            {
                path = ParseRest(text, keyword.Length, root);
                return true;
            }
        }

        path = null;
        return false;
    }

    /// <summary>A path over the step's input, written <c>$.key</c> (fdl-legacy.md 3.5, 3.6).</summary>
    public static LegacyPath ParseInputPath(string text) =>
        text.StartsWith('$') && StartsSegment(text, 1)
            ? ParseRest(text, 1, LegacyRoot.Input)
            : throw new ExpressionSyntaxException($"'{text}' is not a path: it must start with '$.' (for example $.items)", 0);

    /// <summary>Reads a <c>$</c> path that starts at <paramref name="position"/> and stops before the first character that cannot continue it.</summary>
    public static LegacyPath ScanInputPath(string text, ref int position)
    {
        var start = position;
        position++;
        var segments = ScanSegments(text, ref position);
        return new LegacyPath(text[start..position], LegacyRoot.Input, segments);
    }

    private static bool StartsSegment(string text, int position) => position == text.Length || text[position] is '.' or '[';

    private static LegacyPath ParseRest(string text, int position, LegacyRoot root)
    {
        var segments = ScanSegments(text, ref position);
        return position == text.Length
            ? new LegacyPath(text, root, segments)
            : throw Error($"unexpected '{text[position]}'", position);
    }

    private static List<LegacyPathSegment> ScanSegments(string text, ref int position)
    {
        var segments = new List<LegacyPathSegment>();
        while (position < text.Length && text[position] is '.' or '[')
        {
            var bracket = text[position++] == '[';
            segments.Add(bracket ? ScanBracket(text, ref position) : ScanMember(text, ref position));
        }

        return segments;
    }

    private static LegacyPathSegment ScanMember(string text, ref int position)
    {
        if (position < text.Length && text[position] == '*')
        {
            position++;
            return LegacyPathSegment.Wildcard;
        }

        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && !KeyStops.Contains(text[position], StringComparison.Ordinal))
        {
            position++;
        }

        return position > start ? LegacyPathSegment.OfMember(text[start..position]) : throw Error("expected a key after '.'", position);
    }

    private static LegacyPathSegment ScanBracket(string text, ref int position)
    {
        LegacyPathSegment segment;
        var start = position;
        if (position < text.Length && text[position] == '*')
        {
            position++;
            segment = LegacyPathSegment.Wildcard;
        }
        else if (position < text.Length && text[position] is '"' or '\'')
        {
            segment = LegacyPathSegment.OfMember(LegacyStringLiteral.Read(text, ref position));
        }
        else
        {
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            segment = int.TryParse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? LegacyPathSegment.OfElement(index)
                : throw Error("expected an index, '*' or a quoted key after '['", start);
        }

        if (position >= text.Length || text[position] != ']')
        {
            throw Error("expected ']'", position);
        }

        position++;
        return segment;
    }

    public static ExpressionSyntaxException Error(string problem, int position) => new($"{problem} at position {position}", position);
}
