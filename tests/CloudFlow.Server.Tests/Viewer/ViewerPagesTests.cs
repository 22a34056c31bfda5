using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Viewer;

/// <summary>The three pages of /ui show what the API answers for the same flows and executions.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class ViewerPagesTests(CloudFlowFactory factory)
{
    private const string PassFlow = "Type: StateMachine\nSpecVersion: v1\nStartAt: Greet\nStates:\n  - Type: Pass\n    Name: Greet\n    End: true\n";

    private const string TwoSteps = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Prepare
        States:
          - Type: Pass
            Name: Prepare
            Next: Charge
          - Type: Task
            Name: Charge
            Action: Demo:Call
            End: true
        """;

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task FlowsPage_ListsEachFlowWithModeDescriptionAndApiTimes_LinkingToIt()
    {
        var flow = CloudFlowClient.UniqueName("listed");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();
        var described = (await _client.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();

        var page = (await ViewerPage.GetAsync(_client.Http, "/ui?Limit=1000")).EnsureOk();

        var row = Assert.Single(page.Rows(), r => r[0] == flow);
        Assert.Equal([flow, "Standard", "test", described.Text("CreatedTime"), described.Text("LastModifiedTime")], row);
        Assert.Equal($"/ui/flows/{flow}", page.Link(flow));
        Assert.False(page.Refreshes);
    }

    [Fact]
    public async Task FlowPage_ShowsTheDefinitionAndTheExecutionsNewestFirst_AsListExecutionsDoes()
    {
        var flow = CloudFlowClient.UniqueName("flowpage");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();
        await RunInTurnAsync(flow, "first", "second", "third");

        var listed = (await _client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk().Body.GetProperty("Executions").EnumerateArray()
            .Select(e => new[] { e.GetProperty("Name").GetString()!, "✓ " + e.GetProperty("Status").GetString(), e.GetProperty("StartedTime").GetString()!, e.GetProperty("StoppedTime").GetString()! })
            .ToList();
        var page = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}")).EnsureOk();

        Assert.Equal(["third", "second", "first"], listed.Select(e => e[0]));
        Assert.Equal(listed, page.Rows());
        Assert.Contains($"<pre>{PassFlow.Replace("\n", "&#xA;", StringComparison.Ordinal)}</pre>", page.Markup, StringComparison.Ordinal);
        Assert.Equal($"/ui/flows/{flow}/executions/second", page.Link("second"));
        Assert.Contains("status-Succeeded", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutionPage_OfASucceededExecution_ShowsItsInputOutputTimesAndWholeHistory_WithoutRefreshing()
    {
        var flow = CloudFlowClient.UniqueName("succeeded");
        (await _client.CreateFlowAsync(flow, TwoSteps)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Charge": [{"output": {"charged": 42}}]}""")!);
        (await _client.StartExecutionAsync(flow, "run", """{"amount":42}""")).EnsureOk();
        var described = await _client.WaitForEndAsync(flow, "run");
        var history = await _client.HistoryAsync(flow, "run");

        var page = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();

        Assert.Contains("✓ Succeeded", page.Text, StringComparison.Ordinal);
        Assert.Contains(described.Text("StartedTime"), page.Text, StringComparison.Ordinal);
        Assert.Contains(described.Text("StoppedTime"), page.Text, StringComparison.Ordinal);
        Assert.Contains("<h2>Input</h2>\n<pre>{\n  \"amount\": 42\n}</pre>", page.Text, StringComparison.Ordinal);
        Assert.Contains("<h2>Output</h2><pre>{\n  \"charged\": 42\n}</pre>", page.Text, StringComparison.Ordinal);
        Assert.Contains($"<summary>Definition that ran</summary>\n<pre>{TwoSteps}</pre>", page.Text, StringComparison.Ordinal);
        Assert.False(page.Refreshes);

        var rows = page.Rows();
        Assert.Equal(history.Count, rows.Count);
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            Assert.Equal(
                [e.GetProperty("EventId").GetInt64().ToString(), e.GetProperty("Time").GetString()!, e.GetProperty("Type").GetString()!,
                 e.GetProperty("StepName").GetString()!, e.GetProperty("ScheduleEventId").GetInt64().ToString()],
                rows[i][..5]);
            Assert.Equal(Indented(e.GetProperty("EventDetail").GetString()!), rows[i][5]);
        }
    }

    [Fact]
    public async Task ExecutionPage_GroupsEachStepsEventsTogether()
    {
        var flow = CloudFlowClient.UniqueName("grouped");
        (await _client.CreateFlowAsync(flow, TwoSteps)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Charge": [{"output": {}}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        await _client.WaitForEndAsync(flow, "run");

        var page = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();

        var groups = page.Markup.Split("<tbody class=\"step\"")[1..];
        Assert.Equal(4, groups.Length); // the start, Prepare, Charge, the end
        Assert.All(groups[1].Split("<tr>")[1..], row => Assert.Contains("<td class=\"step-name\">Prepare</td>", row, StringComparison.Ordinal));
        Assert.All(groups[2].Split("<tr>")[1..], row => Assert.Contains("<td class=\"step-name\">Charge</td>", row, StringComparison.Ordinal));
        Assert.NotEqual(Hue(groups[1]), Hue(groups[2]));
    }

    [Fact]
    public async Task ExecutionPage_OfAFailedExecution_ShowsItsErrorAndCause()
    {
        var flow = CloudFlowClient.UniqueName("failed");
        (await _client.CreateFlowAsync(flow, TwoSteps)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Charge": [{"error": "Card.Declined", "cause": "insufficient funds"}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        Assert.Equal("Failed", (await _client.WaitForEndAsync(flow, "run")).Text("Status"));

        var page = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();

        Assert.Contains("✗ Failed", page.Text, StringComparison.Ordinal);
        Assert.Contains("status-Failed", page.Markup, StringComparison.Ordinal);
        Assert.Contains("<dt>Error</dt><dd class=\"error\">Card.Declined</dd>", page.Markup, StringComparison.Ordinal);
        Assert.Contains("<dt>Cause</dt><dd class=\"error\">insufficient funds</dd>", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Output</h2>", page.Markup, StringComparison.Ordinal);
        Assert.Contains(page.Rows(), r => r[2] == "ExecutionFailed");
        Assert.False(page.Refreshes);
    }

    [Fact]
    public async Task StatusFilter_ShowsOnlyExecutionsWithThatStatus_AndKeepsItSelected()
    {
        var flow = CloudFlowClient.UniqueName("filtered");
        (await _client.CreateFlowAsync(flow, TwoSteps)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Charge": [{"output": {}}]}""")!);
        (await _client.StartExecutionAsync(flow, "ok")).EnsureOk();
        Assert.Equal("Succeeded", (await _client.WaitForEndAsync(flow, "ok")).Text("Status"));
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Charge": [{"error": "Boom"}]}""")!);
        (await _client.StartExecutionAsync(flow, "broken")).EnsureOk();
        Assert.Equal("Failed", (await _client.WaitForEndAsync(flow, "broken")).Text("Status"));

        var failed = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?Status=Failed")).EnsureOk();
        var succeeded = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?Status=Succeeded")).EnsureOk();
        var any = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?Status=")).EnsureOk();

        Assert.Equal(["broken"], failed.Rows().Select(r => r[0]));
        Assert.Contains("<option value=\"Failed\" selected>", failed.Markup, StringComparison.Ordinal);
        Assert.Equal(["ok"], succeeded.Rows().Select(r => r[0]));
        Assert.Equal(["broken", "ok"], any.Rows().Select(r => r[0]).Order());
        Assert.Contains("No executions with status TimedOut", (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?Status=TimedOut")).EnsureOk().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_FollowsListExecutionsNextToken_AndTheNextLinkKeepsTheFilter()
    {
        var flow = CloudFlowClient.UniqueName("paged");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();
        await RunInTurnAsync(flow, "a", "b", "c");

        var api = (await _client.CallAsync("ListExecutions", ("FlowName", flow), ("Limit", "2"), ("Status", "Succeeded"))).EnsureOk();
        var first = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?Status=Succeeded&Limit=2")).EnsureOk();

        Assert.Equal(api.Body.GetProperty("Executions").EnumerateArray().Select(e => e.GetProperty("Name").GetString()), first.Rows().Select(r => r[0]));
        var next = first.Link("Next page »");
        Assert.NotNull(next);
        Assert.Equal(
            $"/ui/flows/{flow}?Status=Succeeded&Limit=2&NextToken={Uri.EscapeDataString(api.Text("NextToken"))}", next);
        Assert.Null(first.Link("« First page"));

        var second = (await ViewerPage.GetAsync(_client.Http, next)).EnsureOk();
        Assert.Equal(["a"], second.Rows().Select(r => r[0]));
        Assert.Null(second.Link("Next page »"));
        Assert.Equal($"/ui/flows/{flow}?Status=Succeeded&Limit=2", second.Link("« First page"));
    }

    [Fact]
    public async Task FlowsPage_PagesByName_AsListFlowsDoes()
    {
        var api = (await _client.CallAsync("ListFlows", ("Limit", "1"))).EnsureOk();
        if (!api.Body.TryGetProperty("NextToken", out var token))
        {
            (await _client.CreateFlowAsync(CloudFlowClient.UniqueName("a"), PassFlow)).EnsureOk();
            (await _client.CreateFlowAsync(CloudFlowClient.UniqueName("b"), PassFlow)).EnsureOk();
            api = (await _client.CallAsync("ListFlows", ("Limit", "1"))).EnsureOk();
            token = api.Body.GetProperty("NextToken");
        }

        var page = (await ViewerPage.GetAsync(_client.Http, "/ui?Limit=1")).EnsureOk();

        Assert.Equal([api.Body.GetProperty("Flows")[0].GetProperty("Name").GetString()], page.Rows().Select(r => r[0]));
        Assert.Equal($"/ui?Limit=1&NextToken={token.GetString()}", page.Link("Next page »"));
    }

    [Fact]
    public async Task HostileData_IsShownEncoded_NeverAsMarkup()
    {
        const string script = "<script>alert(1)</script>";
        var flow = CloudFlowClient.UniqueName("hostile");
        var definition = TwoSteps + "\n# " + script + "\n";
        (await _client.CallAsync("CreateFlow", ("Name", flow), ("Definition", definition), ("Description", script), ("Type", "FDL"))).EnsureOk();
        await _client.PutMocksAsync(flow, new JsonObject { ["Charge"] = new JsonArray(new JsonObject { ["error"] = script, ["cause"] = "<img src=x onerror=alert(2)>" }) });
        (await _client.StartExecutionAsync(flow, "run", """{"x":"<script>alert(1)</script>"}""")).EnsureOk();
        await _client.WaitForEndAsync(flow, "run");

        foreach (var url in (string[])["/ui?Limit=1000", $"/ui/flows/{flow}", $"/ui/flows/{flow}/executions/run"])
        {
            var page = (await ViewerPage.GetAsync(_client.Http, url)).EnsureOk();
            Assert.DoesNotContain("<script", page.Markup, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", page.Markup, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Markup, StringComparison.Ordinal);
        }

        var execution = (await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();
        Assert.Contains("\"x\": \"<script>alert(1)</script>\"", execution.Text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", execution.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ForbidScriptsThroughTheirContentSecurityPolicy()
    {
        using var response = await _client.Http.GetAsync("/ui");
        Assert.StartsWith("default-src 'none';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFlowOrExecution_IsA404PageNamingIt()
    {
        var flow = CloudFlowClient.UniqueName("known");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();

        var noFlow = await ViewerPage.GetAsync(_client.Http, "/ui/flows/no_such_flow");
        var noFlowExecution = await ViewerPage.GetAsync(_client.Http, "/ui/flows/no_such_flow/executions/run");
        var noExecution = await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}/executions/no_such_run");

        Assert.Equal(HttpStatusCode.NotFound, noFlow.Status);
        Assert.Contains("Flow no_such_flow does not exist.", noFlow.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noFlowExecution.Status);
        Assert.Contains("Flow no_such_flow does not exist.", noFlowExecution.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noExecution.Status);
        Assert.Contains($"Execution no_such_run for flow {flow} does not exist.", noExecution.Text, StringComparison.Ordinal);
        Assert.Contains("ExecutionNotExists", noExecution.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Status=Done", "Status must be Starting, Running, Stopped, Succeeded, Failed or TimedOut.")]
    [InlineData("Limit=1000", "Limit must be an integer from 1 to 100.")]
    [InlineData("NextToken=nonsense", "NextToken is not valid.")]
    public async Task FlowPage_WithAParameterListExecutionsRefuses_SaysWhatIsWrong(string query, string message)
    {
        var flow = CloudFlowClient.UniqueName("refused");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();

        var page = await ViewerPage.GetAsync(_client.Http, $"/ui/flows/{flow}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_LeavesTheRpcEndpointAlone_AndIsDescribedUnderItsOwnTag()
    {
        using var rpc = await _client.Http.GetAsync("/?Version=2019-03-15");
        Assert.Equal("MissingRequiredParams", JsonDocument.Parse(await rpc.Content.ReadAsStringAsync()).RootElement.GetProperty("Code").GetString());
        (await _client.CallAsync("ListFlows")).EnsureOk();

        var swagger = JsonDocument.Parse(await _client.Http.GetStringAsync("/swagger/v1/swagger.json")).RootElement.GetProperty("paths");
        var viewer = swagger.GetProperty("/ui/flows/{flow}/executions/{execution}").GetProperty("get");
        Assert.Equal("Viewer", viewer.GetProperty("tags")[0].GetString());
    }

    /// <summary>Each run ends before the next starts, a few milliseconds later, so newest first is one order (ties go by name).</summary>
    private async Task RunInTurnAsync(string flow, params string[] names)
    {
        foreach (var name in names)
        {
            (await _client.StartExecutionAsync(flow, name)).EnsureOk();
            await _client.WaitForEndAsync(flow, name);
            await Task.Delay(5);
        }
    }

    private static string Indented(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Hue(string group) => group[..group.IndexOf('>', StringComparison.Ordinal)];
}
