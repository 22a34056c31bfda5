using CloudFlow.Language.Definitions.Legacy;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>Fields every state has (fdl.md 2). The model holds data only; executors hold behaviour.</summary>
public abstract record StateDefinition
{
    private protected StateDefinition()
    {
    }

    public abstract StateKind Kind { get; }

    public required string Name { get; init; }

    /// <summary>1-based line of the state in the definition, for messages.</summary>
    public int Line { get; init; }

    public string? Next { get; init; }

    public bool End { get; init; }

    public DataTemplate? InputConstructor { get; init; }

    public DataTemplate? OutputConstructor { get; init; }

    public DataTemplate? GlobalConstructor { get; init; }

    public IReadOnlyList<RetryRule> Retry { get; init; } = [];

    public IReadOnlyList<CatchRule> Catch { get; init; } = [];

    /// <summary>The legacy dialect's mappings and step details (fdl-legacy.md); null in the current dialect.</summary>
    public LegacyStepData? Legacy { get; init; }
}
