using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Emulator;

/// <summary>PUT/GET/DELETE /_emulator/flows/{flow}/mocks (issue 4; conformance README's mocks shape).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class MockEndpointTests(CloudFlowFactory factory)
{
    private const string TwoCalls = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: A
        States:
          - Type: Task
            Name: A
            Action: Demo:Call
            Next: B
          - Type: Task
            Name: B
            Action: Demo:Call
            OutputConstructor:
              first.$: $Input.n
              second.$: $Output.n
            End: true
        """;

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task Mocks_SetReadUsedAndDeleted()
    {
        var flow = CloudFlowClient.UniqueName("mocks");
        (await _client.CreateFlowAsync(flow, TwoCalls)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"A": [{"output": {"n": 1}}], "B": [{"output": {"n": 2}}]}""")!);

        var stored = JsonNode.Parse(await _client.Http.GetStringAsync($"/_emulator/flows/{flow}/mocks"))!;
        Assert.Equal(2, stored["B"]![0]!["output"]!["n"]!.GetValue<int>());
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        Assert.Equal("""{"first":1,"second":2}""", (await _client.WaitForEndAsync(flow, "run")).Text("Output"));

        using var deleted = await _client.Http.DeleteAsync($"/_emulator/flows/{flow}/mocks");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var missing = await _client.Http.GetAsync($"/_emulator/flows/{flow}/mocks");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Task_WithoutMockOrIntegration_FailsNamingTheStateAndTheMockEndpoint()
    {
        var flow = CloudFlowClient.UniqueName("nomock");
        (await _client.CreateFlowAsync(flow, TwoCalls)).EnsureOk();
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        Assert.Equal("Failed", (await _client.WaitForEndAsync(flow, "run")).Text("Status"));
        var failed = (await _client.HistoryAsync(flow, "run"))[^1];
        var detail = JsonNode.Parse(failed.GetProperty("EventDetail").GetString()!)!;
        Assert.Equal("FnF.Unsupported", detail["error"]!.GetValue<string>());
        Assert.Contains("'A'", detail["cause"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"/_emulator/flows/{flow}/mocks", detail["cause"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"A": []}""")]
    [InlineData("""{"A": [{"output": 1, "error": "E"}]}""")]
    [InlineData("""{"A": [{"cause": "no output nor error"}]}""")]
    [InlineData("""not json""")]
    public async Task Mocks_BadBody_IsInvalidArgument(string body)
    {
        using var response = await _client.Http.PutAsync("/_emulator/flows/any_flow/mocks", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidArgument", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
