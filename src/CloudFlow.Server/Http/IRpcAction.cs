namespace CloudFlow.Server.Http;

internal interface IRpcAction
{
    string Name { get; }

    /// <summary>The request record: its properties are the action's parameters (for the API description).</summary>
    Type RequestType { get; }

    Task ExecuteAsync(RpcContext context);
}
