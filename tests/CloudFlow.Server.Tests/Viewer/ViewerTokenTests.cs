using System.Net;
using CloudFlow.Server.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CloudFlow.Server.Tests.Viewer;

/// <summary>
/// docs/decisions.md, Viewer: with CloudFlow:Emulator:Token set, /ui needs the token like /_emulator, in the header or
/// in the cookie that opening /ui?token=… once sets.
/// </summary>
public sealed class ViewerTokenTests
{
    private const string Token = "s3cret";

    [Fact]
    public async Task TokenSet_WithoutIt_EveryPageIsRefusedSayingHowToOpenIt()
    {
        await using var factory = WithToken();
        using var http = factory.CreateClient();

        foreach (var url in (string[])["/ui", "/ui/flows/f", "/ui/flows/f/executions/e"])
        {
            var page = await ViewerPage.GetAsync(http, url);
            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Contains("AccessDenied", page.Text, StringComparison.Ordinal);
            Assert.Contains("/ui?token=", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, page.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TokenSet_TheHeaderAdmitsLikeOnEmulatorEndpoints()
    {
        await using var factory = WithToken();
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("x-emulator-token", Token);

        var page = (await ViewerPage.GetAsync(http, "/ui")).EnsureOk();
        Assert.Contains("<h1>Flows</h1>", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenSet_OpeningWithTheTokenOnce_SetsACookieAndRedirectsToTheSamePageWithoutIt()
    {
        await using var factory = WithToken();
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("guarded");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true\n")).EnsureOk();
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var opened = await http.GetAsync($"/ui/flows/{flow}?Status=Running&token={Token}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/ui/flows/{flow}?Status=Running", opened.Headers.Location?.OriginalString);
        var cookie = opened.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"cloudflow-emulator-token={Token};", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/ui", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);

        using var followed = new HttpRequestMessage(HttpMethod.Get, opened.Headers.Location);
        followed.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await http.SendAsync(followed);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<h1>{flow}</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?token=not-it", null)]
    [InlineData("", "not-it")]
    public async Task TokenSet_AWrongTokenOrCookie_IsRefused(string query, string? cookie)
    {
        await using var factory = WithToken();
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ui" + query);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"cloudflow-emulator-token={cookie}");
        }

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TokenUnset_TheViewerIsOpen()
    {
        await using var factory = new CloudFlowFactory();
        using var http = factory.CreateClient();
        var page = (await ViewerPage.GetAsync(http, "/ui")).EnsureOk();
        Assert.Contains("<h1>Flows</h1>", page.Markup, StringComparison.Ordinal);
    }

    private static CloudFlowFactory WithToken() => new(null, new Dictionary<string, string> { ["CloudFlow:Emulator:Token"] = Token });
}
