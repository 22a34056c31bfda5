using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>The Execution object (api.md, Shared objects): no error fields (Q1); Output only when Succeeded.</summary>
internal sealed record ExecutionResponse : RpcResponse
{
    public required string Name { get; init; }
    public required string FlowName { get; init; }
    [JsonConverter(typeof(RepeatedTextConverter))]
    public string? FlowDefinition { get; init; }
    public string? Input { get; init; }
    public string? Output { get; init; }
    public required string Status { get; init; }
    public required string StartedTime { get; init; }
    public string? StoppedTime { get; init; }
    public JsonNode? Environment { get; init; }
    public string? RoleArn { get; init; }

    public static ExecutionResponse From(ExecutionRecord execution, bool metadataOnly = false) => new()
    {
        Name = execution.Name,
        FlowName = execution.FlowName,
        FlowDefinition = metadataOnly ? null : execution.FlowDefinition.Text,
        Input = metadataOnly ? null : execution.Input,
        Output = metadataOnly || execution.Status != ExecutionStatus.Succeeded ? null : execution.Output,
        Status = execution.Status.ToString(),
        StartedTime = WireFormat.Time(execution.StartedTime),
        StoppedTime = execution.StoppedTime is { } stopped ? WireFormat.Time(stopped) : null,
        Environment = WireFormat.Json(execution.Environment),
    };
}
