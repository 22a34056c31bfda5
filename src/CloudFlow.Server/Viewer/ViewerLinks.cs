using CloudFlow.Server.Emulator;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// The viewer's addresses. Each carries the <c>Account</c> query parameter the page was opened with, as /_emulator
/// reads it, so following links stays in that account.
/// </summary>
internal sealed class ViewerLinks(string account, string? accountParameter)
{
    public const string Root = "/ui";

    public string Account => account;

    public static ViewerLinks For(HttpContext http) =>
        new(EmulatorEndpoints.Account(http), http.Request.Query["Account"] is [{ Length: > 0 } given] ? given : null);

    public string Flows(string? limit = null, string? nextToken = null) => Root + Query(("Limit", limit), ("NextToken", nextToken));

    public string Flow(string flow, string? status = null, string? limit = null, string? nextToken = null) =>
        $"{Root}/flows/{Uri.EscapeDataString(flow)}" + Query(("Status", status), ("Limit", limit), ("NextToken", nextToken));

    public string Execution(string flow, string execution) =>
        $"{Root}/flows/{Uri.EscapeDataString(flow)}/executions/{Uri.EscapeDataString(execution)}" + Query();

    /// <summary>Hidden form fields for what every link carries (the status filter is a form).</summary>
    public Html CarriedFields() =>
        accountParameter is null ? Html.Empty : Html.Of($"""<input type="hidden" name="Account" value="{accountParameter}">""");

    private string Query(params (string Name, string? Value)[] parameters)
    {
        (string Name, string? Value)[] all = [("Account", accountParameter), .. parameters];
        return QueryString.Create(all.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value))).ToUriComponent();
    }
}
