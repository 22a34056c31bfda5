using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudFlow.Server.Http.Json;

/// <summary>Source-generated serialization of every wire type, PascalCase as on the wire, absent values omitted.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(FlowResponse))]
[JsonSerializable(typeof(ExecutionResponse))]
[JsonSerializable(typeof(SyncExecutionResponse))]
[JsonSerializable(typeof(ListFlowsResponse))]
[JsonSerializable(typeof(ListExecutionsResponse))]
[JsonSerializable(typeof(HistoryResponse))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(PublishFlowVersionResponse))]
[JsonSerializable(typeof(ListFlowVersionsResponse))]
[JsonSerializable(typeof(CreateFlowAliasResponse))]
[JsonSerializable(typeof(AliasResponse))]
[JsonSerializable(typeof(ListFlowAliasesResponse))]
[JsonSerializable(typeof(ScheduleResponse))]
[JsonSerializable(typeof(ListSchedulesResponse))]
[JsonSerializable(typeof(ReportTaskResponse))]
[JsonSerializable(typeof(DescribeRegionsResponse))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class CloudFlowJsonContext : JsonSerializerContext
{
    /// <summary>The context the wire uses: quotes and non-ASCII as written, not \uXXXX (same encoder as JsonText).</summary>
    public static CloudFlowJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = CloudFlow.Engine.Interpreter.JsonText.Encoder,
    });
}
