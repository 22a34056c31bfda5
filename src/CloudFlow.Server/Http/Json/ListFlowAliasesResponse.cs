namespace CloudFlow.Server.Http.Json;

internal sealed record ListFlowAliasesResponse(IReadOnlyList<FlowAliasResponse> Aliases, string? NextToken) : RpcResponse;
