namespace CloudFlow.Engine;

/// <summary>Documented limits (api.md 5, fdl.md 12, decisions.md), adjustable as in the cloud.</summary>
public sealed class LimitsOptions
{
    public int HistoryEvents { get; set; } = 5_000;

    public int DataBytes { get; set; } = 64 * 1024;

    /// <summary>A legacy step's input, output and $local together (fdl-legacy.md 7).</summary>
    public int LegacyStepDataBytes { get; set; } = 32 * 1024;

    public int RequestBytes { get; set; } = 1024 * 1024;
}
