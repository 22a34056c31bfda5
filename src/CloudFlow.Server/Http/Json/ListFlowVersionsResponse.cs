namespace CloudFlow.Server.Http.Json;

internal sealed record ListFlowVersionsResponse(IReadOnlyList<FlowVersionResponse> FlowVersions, string? NextToken) : RpcResponse;
