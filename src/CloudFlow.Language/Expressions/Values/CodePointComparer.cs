namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// Orders strings by Unicode code point, which is the byte order of their UTF-8 form (fdl.md 5.2 "Strings compare
/// ordinally (byte order)"). Plain UTF-16 ordinal order differs only when a surrogate pair meets U+E000..U+FFFF.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]) - CodePointRank(y[i]);
            }
        }
        return x.Length - y.Length;
    }

    // Surrogates (D800..DFFF) encode code points above FFFF, so they rank after E000..FFFF.
    private static int CodePointRank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
