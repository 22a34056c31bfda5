using System.Net;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Emulator;

/// <summary>Mock scenarios chosen with FlowName#Scenario (decisions.md, Mocks and scenarios).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class ScenarioTests(CloudFlowFactory factory)
{
    // A Wait first, so that under the manual clock both executions are in flight before either calls the Task.
    private const string RetriedCall = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Hold
        States:
          - Type: Wait
            Name: Hold
            Seconds: 10
            Next: Call
          - Type: Task
            Name: Call
            Action: Demo:Call
            Retry:
              - Errors: [Busy]
                IntervalSeconds: 1
                MaxAttempts: 3
            End: true
        """;

    [Fact]
    public async Task TwoConcurrentExecutions_WithDifferentScenarios_EachGetTheirOwnResults()
    {
        await using var manual = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = manual.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("scenarios");
        (await client.CreateFlowAsync(flow, RetriedCall)).EnsureOk();
        (await client.PutScenarioAsync(flow, "flaky", JsonNode.Parse("""{"Call": [{"invocations": "1-2", "error": "Busy"}, {"invocations": "3-", "output": {"r": "third time"}}]}""")!)).EnsureOk();
        (await client.PutScenarioAsync(flow, "broken", JsonNode.Parse("""{"Call": [{"invocations": "1-", "error": "Boom", "cause": "down"}]}""")!)).EnsureOk();

        await Task.WhenAll(client.StartExecutionAsync($"{flow}#flaky", "a"), client.StartExecutionAsync($"{flow}#broken", "b"));
        await client.AdvanceClockAsync(10);
        await client.AdvanceClockAsync(1);
        await client.AdvanceClockAsync(1);

        var flaky = await client.WaitForEndAsync(flow, "a");
        var broken = await client.WaitForEndAsync(flow, "b");
        Assert.Equal(("Succeeded", """{"r":"third time"}"""), (flaky.Text("Status"), flaky.Text("Output")));
        Assert.Equal(flow, flaky.Text("FlowName"));
        Assert.Equal("Failed", broken.Text("Status"));
        Assert.Equal("""{"error":"Boom","cause":"down"}""", (await client.HistoryAsync(flow, "b"))[^1].GetProperty("EventDetail").GetString());
    }

    [Fact]
    public async Task Invocation_NoRangeCovers_FailsWithUnsupportedNamingScenarioStateAndInvocation()
    {
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("uncovered");
        (await client.CreateFlowAsync(flow, RetriedCall)).EnsureOk();
        (await client.PutScenarioAsync(flow, "short", JsonNode.Parse("""{"Call": [{"invocations": "1", "error": "Busy"}]}""")!)).EnsureOk();

        (await client.StartExecutionAsync($"{flow}#short", "run")).EnsureOk();
        var done = await client.WaitForEndAsync(flow, "run");

        Assert.Equal("Failed", done.Text("Status"));
        var failure = JsonNode.Parse((await client.HistoryAsync(flow, "run"))[^1].GetProperty("EventDetail").GetString()!)!;
        Assert.Equal("FnF.Unsupported", failure["error"]!.GetValue<string>());
        Assert.Equal($"Scenario 'short' of flow '{flow}' has no result for state 'Call' at invocation 2.", failure["cause"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"Call": [{"invocations": "1-3", "output": {}}, {"invocations": "3", "output": {}}]}""")]
    [InlineData("""{"Call": [{"invocations": "2-", "output": {}}, {"invocations": "5-6", "output": {}}]}""")]
    public async Task PutScenario_OverlappingRanges_IsInvalidArgument(string body)
    {
        var client = factory.CreateCloudFlowClient();

        var result = await client.PutScenarioAsync(CloudFlowClient.UniqueName("overlap"), "bad", JsonNode.Parse(body)!);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains("overlap", result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartExecution_UnknownScenario_IsInvalidArgument()
    {
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("unknown");
        (await client.CreateFlowAsync(flow, RetriedCall)).EnsureOk();

        var result = await client.StartExecutionAsync($"{flow}#nope", "run");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains("nope", result.Text("Message"), StringComparison.Ordinal);
        Assert.Equal("ExecutionNotExists", (await client.DescribeExecutionAsync(flow, "run")).Code);
    }
}
