using CloudFlow.Server.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>HTTP:Request (fdl.md 11.3; decisions.md, Task integrations).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class HttpRequestTests(CloudFlowFactory factory, LocalFunctionServer endpoints) : IClassFixture<LocalFunctionServer>
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    private static string Flow(string parameters) => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: http
        StartAt: Call
        States:
          - Type: Task
            Name: Call
            Action: HTTP:Request
            Parameters:
        {parameters}
            End: true
        """;

    [Fact]
    public async Task Request_PostWithHeadersQueriesAndBody_ResultHasHeaderCodeAndParsedBody()
    {
        var url = endpoints.Add(async (http, body) =>
        {
            http.Response.Headers["X-Seen"] = http.Request.Headers["X-Api-Key"].ToString();
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($$"""{"method": "{{http.Request.Method}}", "query": "{{http.Request.QueryString}}", "got": {{body}}}""");
        });
        var parameters = $"""
                  method: post
                  url: {url}?fixed=1
                  headers:
                    X-Api-Key: secret
                  queries:
                    page.$: $Input.page
                    tag: [a, b]
                  body:
                    item.$: $Input.item
            """;

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("http_post"), Flow(parameters), """{"page": 2, "item": "x"}""");

        var output = IntegrationSteps.Output(done);
        Assert.Equal(200, output["Code"]!.GetValue<int>());
        Assert.Equal("secret", output["Header"]!["X-Seen"]!.GetValue<string>());
        Assert.StartsWith("application/json", output["Header"]!["Content-Type"]!.GetValue<string>());
        Assert.Equal("POST", output["Body"]!["method"]!.GetValue<string>());
        Assert.Equal("?fixed=1&page=2&tag=a&tag=b", output["Body"]!["query"]!.GetValue<string>());
        Assert.Equal("""{"item":"x"}""", output["Body"]!["got"]!.ToJsonString());
    }

    [Fact]
    public async Task Request_ErrorStatus_IsAResultTheFlowCanTest()
    {
        var url = endpoints.Answering(404, "no such thing", "text/plain");

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("http_404"), Flow($"          url: {url}"));

        Assert.Equal("Succeeded", done.Text("Status"));
        var output = IntegrationSteps.Output(done);
        Assert.Equal(404, output["Code"]!.GetValue<int>());
        Assert.Equal("no such thing", output["Body"]!.GetValue<string>());
        Assert.Equal("GET", Assert.Single(endpoints.ReceivedBy(url)).Method);
    }

    [Fact]
    public async Task Request_ConnectionRefused_FailsWithHttpRequestFailed()
    {
        var flow = CloudFlowClient.UniqueName("http_down");

        await _client.RunAsync(flow, Flow($"          url: {LocalFunctionServer.RefusingUrl()}"));

        var (error, cause) = await _client.FailureAsync(flow);
        Assert.Equal("FnF.HttpRequestFailed", error);
        Assert.Contains("State 'Call'", cause);
    }

    [Fact]
    public async Task Request_NotAnHttpUrl_FailsWithHttpRequestFailed()
    {
        var flow = CloudFlowClient.UniqueName("http_bad_url");

        await _client.RunAsync(flow, Flow("          url: ftp://example.com/file"));

        Assert.Equal("FnF.HttpRequestFailed", (await _client.FailureAsync(flow)).Error);
    }

    [Fact]
    public async Task Request_SlowerThanTimeout_FailsWithFnFTimeout()
    {
        var url = endpoints.Add(async (http, _) => await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted));
        var flow = CloudFlowClient.UniqueName("http_slow");

        await _client.RunAsync(flow, Flow($"          url: {url}").Replace("    End: true", "    Timeout: 1\n    End: true"));

        Assert.Equal("FnF.Timeout", (await _client.FailureAsync(flow)).Error);
    }
}
