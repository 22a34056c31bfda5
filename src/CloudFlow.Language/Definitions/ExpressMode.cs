namespace CloudFlow.Language.Definitions;

/// <summary>What an Express execution may do beyond a Standard one's limits (fdl.md 10, 11.4, 12).</summary>
public static class ExpressMode
{
    public const int MaxWaitSeconds = 20;

    public const int MaxDurationSeconds = 300;
}
