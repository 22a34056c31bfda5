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
    public static ListFlowsValidator Validator { get; } = new();

    public static IRpcAction Action { get; } = new RpcAction<ListFlowsRequest, ListFlowsResponse>(
        "ListFlows", ListFlowsRequest.Bind, Validator, HandleAsync, CloudFlowJsonContext.Wire.ListFlowsResponse);

    /// <summary>The page a validated request asks for, and the token of the next one; the viewer pages through this too.</summary>
    public static (IReadOnlyList<FlowRecord> Flows, string? NextToken) ReadPage(ListFlowsRequest r, string account, FlowRegistry registry)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var flows = registry.List(account, r.NextToken, limit + 1);
        return (flows.Take(limit).ToList(), flows.Count > limit ? flows[limit].Name : null);
    }

    private static Task<ListFlowsResponse> HandleAsync(ListFlowsRequest r, RpcContext context)
    {
        var (flows, next) = ReadPage(r, context.Account, context.Http.RequestServices.GetRequiredService<FlowRegistry>());
        return Task.FromResult(new ListFlowsResponse(flows.Select(f => FlowResponse.From(f)).ToList(), next));
    }
}
