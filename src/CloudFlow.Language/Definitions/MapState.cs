using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 3.5 and 8 (inline mode; distributed Maps run inline too).</summary>
public sealed record MapState : StateDefinition
{
    public const int ConcurrencyLimit = 40;

    /// <summary>A legacy foreach runs at most 100 iterations at once (fdl-legacy.md 3.5, 7).</summary>
    public const int LegacyConcurrencyLimit = 100;

    public override StateKind Kind => StateKind.Map;

    /// <summary>Null only in the legacy dialect, whose collection path is <c>Legacy.Iteration</c>.</summary>
    public Expression? ItemsPath { get; init; }

    public required StateScope Processor { get; init; }

    /// <summary>Already clamped to 1..40 (D9), or <see cref="LegacyConcurrencyLimit"/> for a legacy foreach.</summary>
    public int MaxConcurrency { get; init; } = ConcurrencyLimit;

    public DataTemplate? ItemConstructor { get; init; }
}
