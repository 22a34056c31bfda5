namespace CloudFlow.Server.Http.Json;

/// <summary>api.md DescribeRegions: <c>Regions{Region[]}</c>, the list wrapped in an object as the SDK model has it.</summary>
internal sealed record DescribeRegionsResponse(RegionList Regions) : RpcResponse;
