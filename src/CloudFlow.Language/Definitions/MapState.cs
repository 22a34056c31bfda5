using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 3.5 and 8 (inline mode; distributed Maps run inline too).</summary>
public sealed record MapState : StateDefinition
{
    public const int ConcurrencyLimit = 40;

    public override StateKind Kind => StateKind.Map;

    public required Expression ItemsPath { get; init; }

    public required StateScope Processor { get; init; }

    /// <summary>Already clamped to 1..40 (D9).</summary>
    public int MaxConcurrency { get; init; } = ConcurrencyLimit;

    public DataTemplate? ItemConstructor { get; init; }
}
