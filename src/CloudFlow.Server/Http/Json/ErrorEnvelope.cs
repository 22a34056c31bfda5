namespace CloudFlow.Server.Http.Json;

internal sealed record ErrorEnvelope(string RequestId, string HostId, string Code, string Message);
