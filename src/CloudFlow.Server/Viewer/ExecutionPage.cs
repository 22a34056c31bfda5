using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// GET /ui/flows/{flow}/executions/{name}: the execution, the definition that ran and its whole history. A page of an
/// execution that has not ended reloads itself, so it can be watched.
/// </summary>
internal static class ExecutionPage
{
    private static readonly Html ErrorClass = Html.Of($" class=\"error\"");

    public static Html Render(ViewerLinks links, ExecutionRecord execution, IReadOnlyList<HistoryEvent> history)
    {
        var body = Html.Of($"""
            <nav class="crumbs"><a href="{links.Flows()}">Flows</a> › <a href="{links.Flow(execution.FlowName)}">{execution.FlowName}</a> ›</nav>
            <h1>{execution.Name} {ViewerParts.Status(execution.Status)}</h1>
            <dl>
            <dt>Flow</dt><dd><a href="{links.Flow(execution.FlowName)}">{execution.FlowName}</a></dd>
            <dt>Started</dt><dd>{ViewerParts.Time(execution.StartedTime)}</dd>
            <dt>Stopped</dt><dd>{ViewerParts.Time(execution.StoppedTime)}</dd>
            {Optional("Qualifier", execution.Qualifier)}{Optional("Version", execution.FlowVersion)}{Optional("Scenario", execution.Scenario)}
            {Optional("Error", execution.ErrorCode, isError: true)}{Optional("Cause", execution.ErrorCause, isError: true)}
            </dl>
            <h2>Input</h2>
            {ViewerParts.Json(execution.Input)}
            {(execution.Output is { } output ? Html.Of($"<h2>Output</h2>{ViewerParts.Json(output)}") : Html.Empty)}
            <details>
            <summary>Definition that ran</summary>
            <pre>{execution.FlowDefinition.Text}</pre>
            </details>
            <h2>History</h2>
            {HistoryTable.Render(history)}
            """);
        return ViewerLayout.Page($"{execution.Name} · {execution.FlowName}", links, body, refresh: !execution.Status.IsTerminal());
    }

    private static Html Optional(string label, string? value, bool isError = false) =>
        string.IsNullOrEmpty(value) ? Html.Empty : Html.Of($"<dt>{label}</dt><dd{(isError ? ErrorClass : Html.Empty)}>{value}</dd>");
}
