using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CloudFlow.Server.Http.Authentication;

// Signature v1 (HMAC-SHA1), api.md 1.3.
internal static class RpcSignature
{
    public const string ParameterName = "Signature";

    /// <summary>The base64 signature of decoded query and body parameters; a <c>Signature</c> parameter among them is skipped.</summary>
    [SuppressMessage("Security", "CA5350", Justification = "api.md 1.3: signature v1 is HMAC-SHA1 by definition.")]
    public static string Compute(string method, IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(StringToSign(method, parameters)), mac);
        return Convert.ToBase64String(mac);
    }

    public static string StringToSign(string method, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var canonical = CanonicalQuery.Append(new StringBuilder(), parameters.Where(p => p.Key != ParameterName), encodeNames: true);
        return $"{method}&%2F&{PercentEncoder.Encode(canonical.ToString())}";
    }
}
