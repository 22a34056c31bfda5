using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>The Flow object (api.md, Shared objects).</summary>
internal sealed record FlowResponse : RpcResponse
{
    public required string Name { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    [JsonConverter(typeof(RepeatedTextConverter))]
    public required string Definition { get; init; }
    public required string Description { get; init; }
    public string? RoleArn { get; init; }
    public required string ExecutionMode { get; init; }
    public string? ExternalStorageLocation { get; init; }
    public JsonNode? Environment { get; init; }
    public string? ResourceGroupId { get; init; }
    public required string CreatedTime { get; init; }
    public required string LastModifiedTime { get; init; }

    public static FlowResponse From(FlowRecord flow) => new()
    {
        Name = flow.Name,
        Id = flow.Id,
        Type = flow.Type,
        Definition = flow.Definition.Text,
        Description = flow.Description,
        RoleArn = flow.RoleArn,
        ExecutionMode = flow.ExecutionMode,
        ExternalStorageLocation = flow.ExternalStorageLocation,
        Environment = WireFormat.Json(flow.Environment),
        ResourceGroupId = flow.ResourceGroupId,
        CreatedTime = WireFormat.Time(flow.CreatedTime),
        LastModifiedTime = WireFormat.Time(flow.LastModifiedTime),
    };
}
