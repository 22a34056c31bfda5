using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Aliases;

internal sealed record DeleteFlowAliasRequest(string? FlowName, string? Name)
{
    public static DeleteFlowAliasRequest Bind(RpcParameters p) => new(p["FlowName"], p["Name"]);
}

internal sealed class DeleteFlowAliasValidator : AbstractValidator<DeleteFlowAliasRequest>
{
    public DeleteFlowAliasValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
    }
}

internal static class DeleteFlowAliasHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DeleteFlowAliasRequest, EmptyResponse>(
        "DeleteFlowAlias", DeleteFlowAliasRequest.Bind, new DeleteFlowAliasValidator(), HandleAsync, CloudFlowJsonContext.Wire.EmptyResponse);

    private static async Task<EmptyResponse> HandleAsync(DeleteFlowAliasRequest r, RpcContext context)
    {
        await context.Http.RequestServices.GetRequiredService<FlowAliasRegistry>().DeleteAsync(context.Account, r.FlowName!, r.Name!);
        return new EmptyResponse();
    }
}
