namespace CloudFlow.Server.Http;

/// <summary>An RPC call that passed admission (<see cref="RpcAdmission"/>), kept as a request feature for what runs after.</summary>
internal sealed record RpcRequest(string RequestId, string ActionName, RpcParameters Parameters, string Account);
