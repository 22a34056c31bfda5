namespace CloudFlow.Server.Http.Json;

internal sealed record RegionList(IReadOnlyList<RegionResponse> Region);
