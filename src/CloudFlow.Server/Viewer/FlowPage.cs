using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// GET /ui/flows/{flow}: the flow, and its executions newest first as ListExecutions pages and filters them. The
/// definition is folded: a long one would push the executions, what people come for, out of sight.
/// </summary>
internal static class FlowPage
{
    public static Html Render(ViewerLinks links, FlowRecord flow, string? status, ListPage<ExecutionRecord> executions)
    {
        var body = Html.Of($"""
            <nav class="crumbs"><a href="{links.Flows()}">Flows</a> ›</nav>
            <h1>{flow.Name}</h1>
            <dl>
            <dt>Type</dt><dd>{flow.Type}</dd>
            <dt>Execution mode</dt><dd>{flow.ExecutionMode}</dd>
            <dt>Description</dt><dd>{flow.Description}</dd>
            <dt>Created</dt><dd>{ViewerParts.Time(flow.CreatedTime)}</dd>
            <dt>Last modified</dt><dd>{ViewerParts.Time(flow.LastModifiedTime)}</dd>
            </dl>
            <details>
            <summary>Definition</summary>
            <pre>{flow.Definition.Text}</pre>
            </details>
            <h2>Executions</h2>
            {StatusFilter(links, flow.Name, status, executions.Limit)}
            {Table(links, flow.Name, status, executions)}
            {ViewerParts.Pager(executions, token => links.Flow(flow.Name, status, executions.Limit, token))}
            """);
        return ViewerLayout.Page(flow.Name, links, body);
    }

    /// <summary>A plain GET form, so filtering needs no script; it keeps the account and the page size.</summary>
    private static Html StatusFilter(ViewerLinks links, string flow, string? status, string? limit)
    {
        var options = Html.Join(Enum.GetNames<ExecutionStatus>().Prepend("").Select(option => Html.Of(
            $"""<option value="{option}"{(option == (status ?? "") ? Html.Of($" selected") : Html.Empty)}>{(option.Length == 0 ? "any" : option)}</option>""")));
        var pageSize = limit is null ? Html.Empty : Html.Of($"""<input type="hidden" name="Limit" value="{limit}">""");
        return Html.Of($"""
            <form method="get" action="{links.Flow(flow)}">
            {links.CarriedFields()}{pageSize}
            <label>Status <select name="Status">{options}</select></label>
            <button type="submit">Filter</button>
            </form>
            """);
    }

    private static Html Table(ViewerLinks links, string flow, string? status, ListPage<ExecutionRecord> executions)
    {
        if (executions.Items.Count == 0)
        {
            return Html.Of($"""<p class="muted">No executions{(status is null ? "" : $" with status {status}")}{(executions.IsFirst ? "" : " past this point")}.</p>""");
        }

        var rows = Html.Join(executions.Items.Select(execution => Html.Of($"""
            <tr><td><a href="{links.Execution(flow, execution.Name)}">{execution.Name}</a></td><td>{ViewerParts.Status(execution.Status)}</td>
            <td>{ViewerParts.Time(execution.StartedTime)}</td><td>{ViewerParts.Time(execution.StoppedTime)}</td></tr>
            """)));
        return Html.Of($"""
            <table>
            <thead><tr><th>Name</th><th>Status</th><th>Started</th><th>Stopped</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }
}
