namespace CloudFlow.Engine.Registry;

/// <summary>CreateFlow and UpdateFlow parameters; null means "not given" (UpdateFlow keeps the old value).</summary>
public sealed record FlowCommand(string Name)
{
    public string? Definition { get; init; }

    public string? Description { get; init; }

    public string? Type { get; init; }

    public string? RoleArn { get; init; }

    public string? ExecutionMode { get; init; }

    public string? ExternalStorageLocation { get; init; }

    public string? Environment { get; init; }

    public string? ResourceGroupId { get; init; }
}
