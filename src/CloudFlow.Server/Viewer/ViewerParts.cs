using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;

namespace CloudFlow.Server.Viewer;

/// <summary>The pieces every page shows the same way: statuses, times as the API writes them, JSON, paging.</summary>
internal static class ViewerParts
{
    public static Html Status(ExecutionStatus status) => Html.Of($"""<span class="status status-{status}">{Symbol(status)} {status}</span>""");

    public static string Time(DateTimeOffset? time) => time is { } value ? WireFormat.Time(value) : "";

    public static Html Json(string text) => Html.Of($"<pre>{PrettyJson.Format(text)}</pre>");

    /// <summary>Paging as the list actions do it: forward with NextToken, or back to the first page (<paramref name="linkTo"/> null).</summary>
    public static Html Pager<T>(ListPage<T> page, Func<string?, string> linkTo)
    {
        if (page.IsFirst && page.NextPageToken is null)
        {
            return Html.Empty;
        }

        var first = page.IsFirst ? Html.Empty : Html.Of($"""<a href="{linkTo(null)}">« First page</a>""");
        var next = page.NextPageToken is { } token ? Html.Of($"""<a href="{linkTo(token)}">Next page »</a>""") : Html.Empty;
        return Html.Of($"""<p class="pager">{first}{next}</p>""");
    }

    private static string Symbol(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "✓",
        ExecutionStatus.Failed => "✗",
        ExecutionStatus.TimedOut => "⧗",
        ExecutionStatus.Stopped => "■",
        _ => "●",
    };
}
