using System.Text.Json.Nodes;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>StartSyncExecution's answer: the one place with the execution's error and cause (api.md StartSyncExecution, Q1).</summary>
internal sealed record SyncExecutionResponse : RpcResponse
{
    public required string FlowName { get; init; }
    public required string Name { get; init; }
    public required string Status { get; init; }
    public string? Output { get; init; }
    public required string StartedTime { get; init; }
    public string? StoppedTime { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public JsonNode? Environment { get; init; }

    public static SyncExecutionResponse From(ExecutionRecord execution) => new()
    {
        FlowName = execution.FlowName,
        Name = execution.Name,
        Status = execution.Status.ToString(),
        Output = execution.Status == ExecutionStatus.Succeeded ? execution.Output : null,
        StartedTime = WireFormat.Time(execution.StartedTime),
        StoppedTime = execution.StoppedTime is { } stopped ? WireFormat.Time(stopped) : null,
        ErrorCode = execution.ErrorCode,
        ErrorMessage = execution.ErrorCause,
        Environment = WireFormat.Json(execution.Environment),
    };
}
