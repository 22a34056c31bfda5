using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Server.Http.Authentication;

/// <summary>The <c>CloudFlow:Auth</c> section (decisions.md, "Accounts and authentication").</summary>
internal sealed class AuthenticationOptions
{
    public const string SectionName = "CloudFlow:Auth";

    // Used only when no key is configured, so configured keys replace the test pair instead of joining it.
    private static readonly Dictionary<string, AccessKey> BuiltInKeys = new(StringComparer.Ordinal)
    {
        ["testAccessKeyId"] = new AccessKey { Secret = "testAccessKeySecret", Account = "1234567890123456" },
    };

    public AuthenticationMode Mode { get; set; } = AuthenticationMode.Open;

    public Dictionary<string, AccessKey> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The account of the first key, which owns requests whose key is unknown in open mode.</summary>
    public string DefaultAccount => EffectiveKeys.Values.First().Account;

    private Dictionary<string, AccessKey> EffectiveKeys => Keys.Count > 0 ? Keys : BuiltInKeys;

    public bool TryGetKey(string accessKeyId, [MaybeNullWhen(false)] out AccessKey key) =>
        EffectiveKeys.TryGetValue(accessKeyId, out key);
}
