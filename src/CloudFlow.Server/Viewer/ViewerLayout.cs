namespace CloudFlow.Server.Viewer;

/// <summary>The page around each view: title, stylesheet, the account it shows, and the refresh of a running execution.</summary>
internal static class ViewerLayout
{
    public const int RefreshSeconds = 2;

    private static readonly Html Refresh = Html.Of($"""<meta http-equiv="refresh" content="{RefreshSeconds}">""");

    public static Html Page(string title, ViewerLinks links, Html body, bool refresh = false) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {(refresh ? Refresh : Html.Empty)}
        <title>{title} · CloudFlow emulator</title>
        {ViewerStyle.Sheet}
        </head>
        <body>
        <header><a href="{links.Flows()}">CloudFlow emulator</a><span>account {links.Account}</span></header>
        <main>
        {body}
        </main>
        </body>
        </html>
        """);
}
