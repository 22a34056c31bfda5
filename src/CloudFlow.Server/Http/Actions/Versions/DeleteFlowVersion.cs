using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Versions;

internal sealed record DeleteFlowVersionRequest(string? FlowName, string? FlowVersion)
{
    public static DeleteFlowVersionRequest Bind(RpcParameters p) => new(p["FlowName"], p["FlowVersion"]);
}

internal sealed class DeleteFlowVersionValidator : AbstractValidator<DeleteFlowVersionRequest>
{
    public DeleteFlowVersionValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.FlowVersion).Required("FlowVersion").ValidVersion("FlowVersion");
    }
}

/// <summary>api.md DeleteFlowVersion: a version an alias routes to stays (InvalidArgument).</summary>
internal static class DeleteFlowVersionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DeleteFlowVersionRequest, EmptyResponse>(
        "DeleteFlowVersion", DeleteFlowVersionRequest.Bind, new DeleteFlowVersionValidator(), HandleAsync, CloudFlowJsonContext.Wire.EmptyResponse);

    private static async Task<EmptyResponse> HandleAsync(DeleteFlowVersionRequest r, RpcContext context)
    {
        var versions = context.Http.RequestServices.GetRequiredService<FlowVersionRegistry>();
        await versions.DeleteAsync(context.Account, r.FlowName!, VersionNumber.Parse(r.FlowVersion!));
        return new EmptyResponse();
    }
}
