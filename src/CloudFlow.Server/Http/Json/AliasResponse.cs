namespace CloudFlow.Server.Http.Json;

/// <summary>UpdateFlowAlias and DescribeFlowAlias answer with the alias wrapped in <c>Alias</c> (api.md aliases).</summary>
internal sealed record AliasResponse(FlowAliasResponse Alias) : RpcResponse;
