using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Aliases;

internal sealed record ListFlowAliasesRequest(string? FlowName, string? Limit, string? NextToken)
{
    public static ListFlowAliasesRequest Bind(RpcParameters p) => new(p["FlowName"], p["Limit"], p["NextToken"]);
}

internal sealed class ListFlowAliasesValidator : AbstractValidator<ListFlowAliasesRequest>
{
    public ListFlowAliasesValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 1000);
    }
}

/// <summary>api.md ListFlowAliases: by name; NextToken is the name of the first alias not returned.</summary>
internal static class ListFlowAliasesHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ListFlowAliasesRequest, ListFlowAliasesResponse>(
        "ListFlowAliases", ListFlowAliasesRequest.Bind, new ListFlowAliasesValidator(), HandleAsync, CloudFlowJsonContext.Wire.ListFlowAliasesResponse);

    private static Task<ListFlowAliasesResponse> HandleAsync(ListFlowAliasesRequest r, RpcContext context)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var aliases = context.Http.RequestServices.GetRequiredService<FlowAliasRegistry>().List(context.Account, r.FlowName!, r.NextToken, limit + 1);
        var page = aliases.Take(limit).Select(FlowAliasResponse.From).ToList();
        return Task.FromResult(new ListFlowAliasesResponse(page, aliases.Count > limit ? aliases[limit].Name : null));
    }
}
