using System.Buffers;
using System.Text;

namespace CloudFlow.Server.Http.Authentication;

// api.md 1.3 step 3, shared by v1 and ACS3: every UTF-8 byte outside A-Z a-z 0-9 - _ . ~ becomes %XX in upper-case hex.
internal static class PercentEncoder
{
    private const string HexDigits = "0123456789ABCDEF";
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~");

    public static string Encode(string value)
    {
        if (!value.AsSpan().ContainsAnyExcept(Unreserved))
            return value;
        var builder = new StringBuilder(value.Length * 3);
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && Unreserved.Contains((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        }
    }
}
