namespace CloudFlow.Engine.Registry;

/// <summary>StartExecution after the edge's validation: the flow name already has any #Scenario split off.</summary>
public sealed record StartExecutionCommand(string FlowName)
{
    public string? ExecutionName { get; init; }

    public string? Input { get; init; }

    public string? Scenario { get; init; }

    /// <summary>A version number or an alias name (api.md StartExecution Qualifier).</summary>
    public string? Qualifier { get; init; }

    /// <summary>CallbackFnFTaskToken: the task told of this execution's end.</summary>
    public string? CallbackTaskToken { get; init; }
}
