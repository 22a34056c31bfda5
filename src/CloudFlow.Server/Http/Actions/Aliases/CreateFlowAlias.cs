using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Aliases;

internal sealed record CreateFlowAliasRequest(string? FlowName, string? Name, string? Description, string? RoutingConfigurations)
{
    public static CreateFlowAliasRequest Bind(RpcParameters p) => new(p["FlowName"], p["Name"], p["Description"], p["RoutingConfigurations"]);
}

internal sealed class CreateFlowAliasValidator : AbstractValidator<CreateFlowAliasRequest>
{
    public CreateFlowAliasValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
        RuleFor(r => r.RoutingConfigurations).Required("RoutingConfigurations");
    }
}

/// <summary>api.md CreateFlowAlias: RoutingConfigurations is JSON text; its versions must exist and its weights sum to 100.</summary>
internal static class CreateFlowAliasHandler
{
    public static IRpcAction Action { get; } = new RpcAction<CreateFlowAliasRequest, CreateFlowAliasResponse>(
        "CreateFlowAlias", CreateFlowAliasRequest.Bind, new CreateFlowAliasValidator(), HandleAsync, CloudFlowJsonContext.Wire.CreateFlowAliasResponse);

    private static async Task<CreateFlowAliasResponse> HandleAsync(CreateFlowAliasRequest r, RpcContext context)
    {
        var aliases = context.Http.RequestServices.GetRequiredService<FlowAliasRegistry>();
        return CreateFlowAliasResponse.From(await aliases.CreateAsync(context.Account, r.FlowName!, r.Name!, r.Description, r.RoutingConfigurations!));
    }
}
