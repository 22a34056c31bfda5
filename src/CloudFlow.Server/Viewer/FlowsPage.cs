using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Viewer;

/// <summary>GET /ui: the account's flows, by name as ListFlows pages them.</summary>
internal static class FlowsPage
{
    public static Html Render(ViewerLinks links, ListPage<FlowRecord> flows)
    {
        var rows = Html.Join(flows.Items.Select(flow => Html.Of($"""
            <tr><td><a href="{links.Flow(flow.Name)}">{flow.Name}</a></td><td>{flow.ExecutionMode}</td><td>{flow.Description}</td>
            <td>{ViewerParts.Time(flow.CreatedTime)}</td><td>{ViewerParts.Time(flow.LastModifiedTime)}</td></tr>
            """)));
        var table = flows.Items.Count == 0
            ? Html.Of($"""<p class="muted">No flows in account {links.Account}{(flows.IsFirst ? "" : " past this point")}.</p>""")
            : Html.Of($"""
                <table>
                <thead><tr><th>Name</th><th>Execution mode</th><th>Description</th><th>Created</th><th>Last modified</th></tr></thead>
                <tbody>{rows}</tbody>
                </table>
                """);
        return ViewerLayout.Page("Flows", links, Html.Of($"""
            <h1>Flows</h1>
            {table}
            {ViewerParts.Pager(flows, token => links.Flows(flows.Limit, token))}
            """));
    }
}
