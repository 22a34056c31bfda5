namespace CloudFlow.Server.Viewer;

/// <summary>What went wrong, with the API's error code and message (which say which flow or execution is missing).</summary>
internal static class ErrorPage
{
    public static Html Render(ViewerLinks links, string code, string message) => ViewerLayout.Page(code, links, Html.Of($"""
        <h1>{code}</h1>
        <p class="error">{message}</p>
        <p><a href="{links.Flows()}">The flows of account {links.Account}</a></p>
        """));
}
