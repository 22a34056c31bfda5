using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Aliases;

internal sealed record UpdateFlowAliasRequest(string? FlowName, string? Name, string? Description, string? RoutingConfigurations)
{
    public static UpdateFlowAliasRequest Bind(RpcParameters p) => new(p["FlowName"], p["Name"], p["Description"], p["RoutingConfigurations"]);
}

internal sealed class UpdateFlowAliasValidator : AbstractValidator<UpdateFlowAliasRequest>
{
    public UpdateFlowAliasValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
    }
}

/// <summary>api.md UpdateFlowAlias: what is not given keeps its value; the answer wraps the alias in Alias.</summary>
internal static class UpdateFlowAliasHandler
{
    public static IRpcAction Action { get; } = new RpcAction<UpdateFlowAliasRequest, AliasResponse>(
        "UpdateFlowAlias", UpdateFlowAliasRequest.Bind, new UpdateFlowAliasValidator(), HandleAsync, CloudFlowJsonContext.Wire.AliasResponse);

    private static async Task<AliasResponse> HandleAsync(UpdateFlowAliasRequest r, RpcContext context)
    {
        var aliases = context.Http.RequestServices.GetRequiredService<FlowAliasRegistry>();
        var alias = await aliases.UpdateAsync(context.Account, r.FlowName!, r.Name!, r.Description, r.RoutingConfigurations);
        return new AliasResponse(FlowAliasResponse.From(alias));
    }
}
