using System.Security.Cryptography;
using System.Text;

namespace CloudFlow.Server.Http.Authentication;

// Signature V3 (ACS3-HMAC-SHA256), api.md 1.4.
internal static class Acs3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    public static string HashPayload(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The hex signature; <paramref name="headers"/> must look names up case-insensitively.</summary>
    public static string Compute(
        string method,
        IEnumerable<KeyValuePair<string, string>> query,
        IReadOnlyDictionary<string, string> headers,
        string signedHeaders,
        string hashedPayload,
        string secret)
    {
        var canonicalRequest = CanonicalRequest(method, query, headers, signedHeaders, hashedPayload);
        var stringToSign = $"{Algorithm}\n{HashPayload(Encoding.UTF8.GetBytes(canonicalRequest))}";
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign), mac);
        return Convert.ToHexStringLower(mac);
    }

    public static string CanonicalRequest(
        string method,
        IEnumerable<KeyValuePair<string, string>> query,
        IReadOnlyDictionary<string, string> headers,
        string signedHeaders,
        string hashedPayload)
    {
        // The path is always "/" (api.md 1.1).
        var builder = new StringBuilder().Append(method).Append("\n/\n");
        CanonicalQuery.Append(builder, query, encodeNames: false).Append('\n');
        foreach (var name in signedHeaders.Split(';'))
            builder.Append(name).Append(':').Append(headers.GetValueOrDefault(name)?.Trim()).Append('\n');
        return builder.Append('\n').Append(signedHeaders).Append('\n').Append(hashedPayload).ToString();
    }
}
