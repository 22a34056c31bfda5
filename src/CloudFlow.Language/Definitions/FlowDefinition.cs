using CloudFlow.Language.Definitions.Legacy;

namespace CloudFlow.Language.Definitions;

/// <summary>A parsed, validated flow definition: immutable, shared by every execution of the flow.</summary>
public sealed record FlowDefinition
{
    public required FlowDialect Dialect { get; init; }

    public string? Name { get; init; }

    public required StateScope Root { get; init; }

    /// <summary>Flow-level timeout in seconds (fdl.md 1.2); null means none.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>The legacy flow's own input and output mappings (fdl-legacy.md 1.2); null in the current dialect.</summary>
    public LegacyFlowData? Legacy { get; init; }
}
