using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Storage;

/// <summary>ListExecutions filters and the position to resume from (newest first, then by name: api.md Q3).</summary>
public sealed record ExecutionQuery(string Account, string FlowName, int Limit)
{
    public ExecutionStatus? Status { get; init; }

    public DateTimeOffset? StartedFrom { get; init; }

    public DateTimeOffset? StartedTo { get; init; }

    public string? NamePrefix { get; init; }

    /// <summary>Executions started with this version or alias, or that ran this version through an alias.</summary>
    public string? Qualifier { get; init; }

    public (long StartedMs, string Name)? After { get; init; }
}
