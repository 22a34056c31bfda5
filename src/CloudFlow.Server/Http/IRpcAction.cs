namespace CloudFlow.Server.Http;

internal interface IRpcAction
{
    string Name { get; }

    Task ExecuteAsync(RpcContext context);
}
