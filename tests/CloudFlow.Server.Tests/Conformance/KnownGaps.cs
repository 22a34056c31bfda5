namespace CloudFlow.Server.Tests.Conformance;

/// <summary>
/// Cases the emulator does not pass yet, each with its reason and issue (the Jint Test262 settings habit). A gap
/// that starts passing fails KnownGap_StillFails, so this list cannot go stale.
/// </summary>
public static class KnownGaps
{
    public static IReadOnlyDictionary<string, string> Cases { get; } = new Dictionary<string, string>();
}
