using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Versions;

internal sealed record ListFlowVersionsRequest(string? FlowName, string? Limit, string? NextToken)
{
    public static ListFlowVersionsRequest Bind(RpcParameters p) => new(p["FlowName"], p["Limit"], p["NextToken"]);
}

internal sealed class ListFlowVersionsValidator : AbstractValidator<ListFlowVersionsRequest>
{
    public ListFlowVersionsValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 1000);
        RuleFor(r => r.NextToken).ValidVersion("NextToken");
    }
}

/// <summary>api.md ListFlowVersions: oldest first; NextToken is the first version not returned.</summary>
internal static class ListFlowVersionsHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ListFlowVersionsRequest, ListFlowVersionsResponse>(
        "ListFlowVersions", ListFlowVersionsRequest.Bind, new ListFlowVersionsValidator(), HandleAsync, CloudFlowJsonContext.Wire.ListFlowVersionsResponse);

    private static Task<ListFlowVersionsResponse> HandleAsync(ListFlowVersionsRequest r, RpcContext context)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var from = r.NextToken is null ? 1 : VersionNumber.Parse(r.NextToken);
        var versions = context.Http.RequestServices.GetRequiredService<FlowVersionRegistry>().List(context.Account, r.FlowName!, from, limit + 1);
        var page = versions.Take(limit).Select(FlowVersionResponse.From).ToList();
        var next = versions.Count > limit ? VersionNumber.Format(versions[limit].Version) : null;
        return Task.FromResult(new ListFlowVersionsResponse(page, next));
    }
}
