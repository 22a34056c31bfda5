namespace CloudFlow.Engine.Registry;

/// <summary>An immutable snapshot of a flow's definition, numbered 1, 2, … per flow (api.md PublishFlowVersion).</summary>
public sealed record FlowVersionRecord
{
    public required string Account { get; init; }

    public required string FlowName { get; init; }

    public required long Version { get; init; }

    public required DefinitionText Definition { get; init; }

    public string Description { get; init; } = "";

    public required DateTimeOffset CreatedTime { get; init; }
}
