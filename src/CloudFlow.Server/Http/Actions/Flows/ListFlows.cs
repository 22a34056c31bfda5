using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record ListFlowsRequest(string? Limit, string? NextToken)
{
    public static ListFlowsRequest Bind(RpcParameters p) => new(p["Limit"], p["NextToken"]);
}

internal sealed class ListFlowsValidator : AbstractValidator<ListFlowsRequest>
{
    // api.md Q9: the wider documented range.
    public ListFlowsValidator() => RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 1000);
}

/// <summary>api.md ListFlows and Q3: by name; NextToken is the name of the first flow not returned.</summary>
internal static class ListFlowsHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ListFlowsRequest, ListFlowsResponse>(
        "ListFlows", ListFlowsRequest.Bind, new ListFlowsValidator(), HandleAsync, CloudFlowJsonContext.Wire.ListFlowsResponse);

    private static Task<ListFlowsResponse> HandleAsync(ListFlowsRequest r, RpcContext context)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var flows = context.Http.RequestServices.GetRequiredService<FlowRegistry>().List(context.Account, r.NextToken, limit + 1);
        var page = flows.Take(limit).Select(f => FlowResponse.From(f)).ToList();
        return Task.FromResult(new ListFlowsResponse(page, flows.Count > limit ? flows[limit].Name : null));
    }
}
