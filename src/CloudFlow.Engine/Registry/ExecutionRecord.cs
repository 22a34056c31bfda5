namespace CloudFlow.Engine.Registry;

/// <summary>An execution as stored and as the API shows it (api.md, Execution object).</summary>
public sealed record ExecutionRecord
{
    /// <summary>Storage key; never shown on the wire.</summary>
    public required long Id { get; init; }

    public required string Account { get; init; }

    public required string FlowName { get; init; }

    public required string Name { get; init; }

    /// <summary>The definition that runs, snapshotted at StartExecution.</summary>
    public required DefinitionText FlowDefinition { get; init; }

    public required string Input { get; init; }

    public string? Output { get; init; }

    public required ExecutionStatus Status { get; init; }

    public required DateTimeOffset StartedTime { get; init; }

    public DateTimeOffset? StoppedTime { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorCause { get; init; }

    public string? RoleArn { get; init; }

    public string? Environment { get; init; }

    /// <summary>The mock scenario chosen with <c>FlowName#Scenario</c>.</summary>
    public string? Scenario { get; init; }

    /// <summary>The version or alias given to StartExecution, if any.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The version that ran: the qualifier's, or the one an alias picked.</summary>
    public string? FlowVersion { get; init; }

    /// <summary>Skip clock: how far this execution's time runs ahead of real time.</summary>
    public TimeSpan ClockOffset { get; init; }

    /// <summary>StartExecution's CallbackFnFTaskToken: the parent task told of this execution's end (api.md StartExecution).</summary>
    public string? CallbackTaskToken { get; init; }
}
