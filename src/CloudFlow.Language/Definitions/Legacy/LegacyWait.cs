using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>
/// A wait step's <c>duration</c> or <c>timestamp</c> read from its input with <c>$.key</c> (fdl-legacy.md 3.6); constants
/// are in <see cref="WaitState.Seconds"/> and <see cref="WaitState.UntilDateTime"/>.
/// </summary>
public sealed record LegacyWait(LegacyPath? Duration, LegacyPath? Timestamp)
{
    /// <summary>Two days (fdl-legacy.md 3.6, 7).</summary>
    public const int MaxSeconds = 172_800;
}
