using System.Text;

namespace CloudFlow.Server.Http;

/// <summary>
/// Decodes <c>application/x-www-form-urlencoded</c> text (a form body or a raw query string) strictly: every '%' must
/// start two hex digits and the bytes must be UTF-8 (issue 6, hostile input). ASP.NET's parser keeps a bad escape as
/// text and replaces bad bytes with U+FFFD, so a request would be signed and stored as something its client never sent.
/// </summary>
internal static class FormDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The name/value pairs in order; null with <paramref name="error"/> set when the text is malformed.</summary>
    public static List<KeyValuePair<string, string>>? Decode(ReadOnlySpan<byte> text, string where, out string? error)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var buffer = new byte[text.Length];
        foreach (var range in text.Split((byte)'&'))
        {
            var segment = text[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            var equals = segment.IndexOf((byte)'=');
            var name = Unescape(equals < 0 ? segment : segment[..equals], buffer, out error);
            if (name is null)
            {
                error = $"Parameter error. A parameter name in the {where} {error}.";
                return null;
            }

            var value = equals < 0 ? "" : Unescape(segment[(equals + 1)..], buffer, out error);
            if (value is null)
            {
                error = $"Parameter error. The value of '{name}' in the {where} {error}.";
                return null;
            }

            pairs.Add(new(name, value));
        }

        error = null;
        return pairs;
    }

    private static string? Unescape(ReadOnlySpan<byte> encoded, byte[] buffer, out string? error)
    {
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            switch (encoded[i])
            {
                case (byte)'+':
                    buffer[length++] = (byte)' ';
                    break;
                case (byte)'%':
                    if (!IsHex(encoded, i + 1) || !IsHex(encoded, i + 2))
                    {
                        error = $"has a malformed percent-escape at character {i + 1} ('%' must be followed by two hex digits)";
                        return null;
                    }

                    buffer[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                    i += 2;
                    break;
                default:
                    buffer[length++] = encoded[i];
                    break;
            }
        }

        try
        {
            error = null;
            return StrictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            error = "is not valid UTF-8 once percent-decoded";
            return null;
        }
    }

    private static bool IsHex(ReadOnlySpan<byte> text, int index) => index < text.Length && char.IsAsciiHexDigit((char)text[index]);

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
