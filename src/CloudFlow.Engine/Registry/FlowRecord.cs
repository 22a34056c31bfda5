namespace CloudFlow.Engine.Registry;

/// <summary>A flow as the API shows it (api.md, Flow object).</summary>
public sealed record FlowRecord
{
    public required string Account { get; init; }

    public required string Name { get; init; }

    public required string Id { get; init; }

    public required DefinitionText Definition { get; init; }

    public string Description { get; init; } = "";

    public string Type { get; init; } = "FDL";

    public string? RoleArn { get; init; }

    public string ExecutionMode { get; init; } = ExecutionModes.Standard;

    public string? ExternalStorageLocation { get; init; }

    /// <summary>JSON text <c>{"Variables":[…]}</c>, as given.</summary>
    public string? Environment { get; init; }

    public string? ResourceGroupId { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }

    public required DateTimeOffset LastModifiedTime { get; init; }
}
