using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Actions.Executions;
using CloudFlow.Server.Http.Actions.Flows;
using CloudFlow.Server.Http.Validation;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// The read-only web viewer under /ui (decisions.md, Host, logs, surface): an account's flows, a flow's executions
/// and an execution's history, read through the same registries and list rules as the API.
/// </summary>
internal static class ViewerEndpoints
{
    public static IEndpointRouteBuilder MapCloudFlowViewer(this IEndpointRouteBuilder routes)
    {
        var viewer = routes.MapGroup(ViewerLinks.Root).WithTags("Viewer")
            .AddEndpointFilter<ViewerAccessFilter>().AddEndpointFilter<ViewerErrorFilter>();
        viewer.MapGet("", Flows).WithSummary("The account's flows (HTML)");
        viewer.MapGet("/flows/{flow}", Flow).WithSummary("A flow and its executions (HTML)");
        viewer.MapGet("/flows/{flow}/executions/{execution}", ExecutionAsync).WithSummary("An execution and its history (HTML)");
        return routes;
    }

    private static HtmlPageResult Flows(string? limit, string? nextToken, HttpContext http, FlowRegistry flows)
    {
        var links = ViewerLinks.For(http);
        var request = new ListFlowsRequest(Given(limit), Given(nextToken));
        ListFlowsHandler.Validator.EnsureValid(request);
        var (page, next) = ListFlowsHandler.ReadPage(request, links.Account, flows);
        return new HtmlPageResult(FlowsPage.Render(links, new ListPage<FlowRecord>(page, request.Limit, request.NextToken, next)));
    }

    private static HtmlPageResult Flow(string flow, string? status, string? limit, string? nextToken, HttpContext http, FlowRegistry flows, ExecutionRegistry executions)
    {
        var links = ViewerLinks.For(http);
        var record = flows.Get(links.Account, flow);
        var request = new ListExecutionsRequest(flow, Given(limit), Given(nextToken), Given(status), null, null, null, null, null);
        ListExecutionsHandler.Validator.EnsureValid(request);
        var (page, next) = ListExecutionsHandler.ReadPage(request, links.Account, executions);
        return new HtmlPageResult(FlowPage.Render(links, record, request.Status, new ListPage<ExecutionRecord>(page, request.Limit, request.NextToken, next)));
    }

    private static async Task<HtmlPageResult> ExecutionAsync(string flow, string execution, HttpContext http, ExecutionRegistry executions)
    {
        var links = ViewerLinks.For(http);
        var record = await executions.DescribeAsync(links.Account, flow, execution, TimeSpan.Zero, http.RequestAborted);
        // The whole history on one page: CloudFlow:Limits:HistoryEvents bounds it.
        var history = executions.History(links.Account, flow, execution, fromEventId: 1, limit: int.MaxValue);
        return new HtmlPageResult(ExecutionPage.Render(links, record, history));
    }

    /// <summary>An empty parameter is an absent one, as on the wire (api.md 2); the status filter's "any" sends one.</summary>
    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
