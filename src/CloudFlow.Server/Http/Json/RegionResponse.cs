namespace CloudFlow.Server.Http.Json;

internal sealed record RegionResponse(string RegionId, string RegionEndpoint, string LocalName);
