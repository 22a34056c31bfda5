namespace CloudFlow.Server.Http.Json;

/// <summary>Every successful answer carries the RequestId (api.md 2); items of a list have none, so they omit it.</summary>
internal abstract record RpcResponse
{
    public string? RequestId { get; init; }
}
