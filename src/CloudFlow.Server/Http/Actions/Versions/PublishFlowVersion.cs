using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Versions;

internal sealed record PublishFlowVersionRequest(string? FlowName, string? Description)
{
    public static PublishFlowVersionRequest Bind(RpcParameters p) => new(p["FlowName"], p["Description"]);
}

internal sealed class PublishFlowVersionValidator : AbstractValidator<PublishFlowVersionRequest>
{
    public PublishFlowVersionValidator() => RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
}

/// <summary>api.md PublishFlowVersion: the flow's current definition becomes version "1", "2", ….</summary>
internal static class PublishFlowVersionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<PublishFlowVersionRequest, PublishFlowVersionResponse>(
        "PublishFlowVersion", PublishFlowVersionRequest.Bind, new PublishFlowVersionValidator(), HandleAsync, CloudFlowJsonContext.Wire.PublishFlowVersionResponse);

    private static async Task<PublishFlowVersionResponse> HandleAsync(PublishFlowVersionRequest r, RpcContext context)
    {
        var versions = context.Http.RequestServices.GetRequiredService<FlowVersionRegistry>();
        return PublishFlowVersionResponse.From(await versions.PublishAsync(context.Account, r.FlowName!, r.Description));
    }
}
