namespace CloudFlow.Server.Http;

/// <summary>An error to answer with the envelope (api.md 1.7).</summary>
internal sealed record RpcError(string Code, string Message);
