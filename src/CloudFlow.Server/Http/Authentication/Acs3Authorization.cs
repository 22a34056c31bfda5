using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Server.Http.Authentication;

/// <summary>The parts of <c>Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…</c> (api.md 1.4 step 1).</summary>
internal sealed record Acs3Authorization(string Algorithm, string AccessKeyId, string SignedHeaders, string Signature)
{
    public const string SchemePrefix = "ACS3-";

    public static bool TryParse(string header, [NotNullWhen(true)] out Acs3Authorization? authorization)
    {
        authorization = null;
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (!header.StartsWith(SchemePrefix, StringComparison.Ordinal) || space < 0)
            return false;
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header[(space + 1)..].Split(',', StringSplitOptions.TrimEntries))
        {
            var (name, value) = part.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? (part[..eq], part[(eq + 1)..]) : (part, "");
            switch (name)
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }
        if (string.IsNullOrEmpty(credential) || signedHeaders is null || string.IsNullOrEmpty(signature))
            return false;
        authorization = new Acs3Authorization(header[..space], credential, signedHeaders, signature);
        return true;
    }
}
