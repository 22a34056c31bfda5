namespace CloudFlow.Engine.Errors;

/// <summary>An API error crossing from the engine to the wire: a documented code and a message for the user.</summary>
public sealed class CloudFlowException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static CloudFlowException InvalidArgument(string detail) => new(ErrorCodes.InvalidArgument, $"Parameter error. {detail}");

    public static CloudFlowException FlowNotExists(string flow) => new(ErrorCodes.FlowNotExists, $"Flow {flow} does not exist.");

    /// <summary>api.md Q7: a missing version or alias is FlowNotExists, naming it after the flow.</summary>
    public static CloudFlowException QualifierNotExists(string flow, string qualifier) => FlowNotExists($"{flow}:{qualifier}");

    public static CloudFlowException ScheduleNotExists(string flow, string schedule) =>
        new(ErrorCodes.ScheduleNotExists, $"The schedule {schedule} for flow {flow} does not exist.");

    public static CloudFlowException ExecutionNotExists(string flow, string execution) =>
        new(ErrorCodes.ExecutionNotExists, $"Execution {execution} for flow {flow} does not exist.");
}
