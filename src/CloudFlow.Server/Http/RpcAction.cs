using System.Text.Json.Serialization.Metadata;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http;

/// <summary>
/// One action: bind the wire parameters into its request record, validate at the edge (each rule carries its
/// documented error code), run the handler, write the answer. A bad parameter never reaches the engine.
/// </summary>
internal sealed class RpcAction<TRequest, TResponse>(
    string name,
    Func<RpcParameters, TRequest> bind,
    IValidator<TRequest> validator,
    Func<TRequest, RpcContext, Task<TResponse>> handle,
    JsonTypeInfo<TResponse> json) : IRpcAction
    where TResponse : RpcResponse
{
    public string Name { get; } = name;

    public Type RequestType => typeof(TRequest);

    public async Task ExecuteAsync(RpcContext context)
    {
        var request = bind(context.Parameters);
        validator.EnsureValid(request);
        var response = await handle(request, context);
        RpcResponder.Write(context.Http, context.RequestId, response with { RequestId = context.RequestId }, json);
    }
}
