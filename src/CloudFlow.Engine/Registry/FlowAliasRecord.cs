namespace CloudFlow.Engine.Registry;

/// <summary>A name for one or more versions, each with the share of executions it gets (api.md CreateFlowAlias).</summary>
public sealed record FlowAliasRecord
{
    public required string Account { get; init; }

    public required string FlowName { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required IReadOnlyList<AliasRoute> Routes { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }
}
