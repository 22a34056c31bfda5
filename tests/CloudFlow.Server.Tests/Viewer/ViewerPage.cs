using System.Net;
using System.Text.RegularExpressions;

namespace CloudFlow.Server.Tests.Viewer;

/// <summary>A page of the viewer as a browser gets it: the raw markup, and its text with entities decoded.</summary>
public sealed partial record ViewerPage(HttpStatusCode Status, string Markup)
{
    public string Text => WebUtility.HtmlDecode(Markup);

    public bool Refreshes => Markup.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

    public static async Task<ViewerPage> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var markup = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new ViewerPage(response.StatusCode, markup);
    }

    public ViewerPage EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {Markup}");
        return this;
    }

    /// <summary>The links in the page (decoded, so they can be followed) whose address starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> Links(string prefix) =>
        [.. Href().Matches(Markup).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>The text of the link that reads <paramref name="label"/>, or null.</summary>
    public string? Link(string label) =>
        LabelledHref().Matches(Markup).Where(m => WebUtility.HtmlDecode(m.Groups[2].Value) == label).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).FirstOrDefault();

    /// <summary>The cells of each table row with cells (not headings), as text.</summary>
    public IReadOnlyList<string[]> Rows() =>
        [.. Row().Matches(Markup)
            .Select(r => Cell().Matches(r.Groups[1].Value).Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, "")).Trim()).ToArray())
            .Where(cells => cells.Length > 0)];

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<a href=\"([^\"]*)\">([^<]*)</a>")]
    private static partial Regex LabelledHref();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
