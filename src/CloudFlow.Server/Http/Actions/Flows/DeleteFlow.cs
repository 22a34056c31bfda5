using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record DeleteFlowRequest(string? Name)
{
    public static DeleteFlowRequest Bind(RpcParameters p) => new(p["Name"]);
}

internal sealed class DeleteFlowValidator : AbstractValidator<DeleteFlowRequest>
{
    public DeleteFlowValidator() => RuleFor(r => r.Name).Required("Name").ValidName("Name");
}

/// <summary>api.md DeleteFlow, synchronous in the emulator (Q10).</summary>
internal static class DeleteFlowHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DeleteFlowRequest, EmptyResponse>(
        "DeleteFlow", DeleteFlowRequest.Bind, new DeleteFlowValidator(), HandleAsync, CloudFlowJsonContext.Wire.EmptyResponse);

    private static async Task<EmptyResponse> HandleAsync(DeleteFlowRequest r, RpcContext context)
    {
        await context.Http.RequestServices.GetRequiredService<FlowRegistry>().DeleteAsync(context.Account, r.Name!);
        return new EmptyResponse();
    }
}
