namespace CloudFlow.Server.Http;

/// <summary>One RPC call after authentication: what every action handler reads.</summary>
internal sealed record RpcContext(HttpContext Http, RpcParameters Parameters, string Account, string RequestId);
