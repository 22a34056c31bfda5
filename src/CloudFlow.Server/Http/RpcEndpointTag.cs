namespace CloudFlow.Server.Http;

/// <summary>Endpoint metadata marking the RPC endpoint, the one <see cref="RpcAdmission"/> acts on.</summary>
internal sealed class RpcEndpointTag
{
    public static RpcEndpointTag Instance { get; } = new();
}
