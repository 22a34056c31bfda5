using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.History;

/// <summary>The event sequence of each state kind (decisions.md, Executions and history; api.md Q2 details).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class HistoryEventTests(CloudFlowFactory factory)
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task History_PassState_EnteredStartedSucceededExited()
    {
        var events = await RunAsync("StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n");
        Assert.Equal(
            ["ExecutionStarted", "StepEntered", "StepStarted", "StepSucceeded", "StepExited", "ExecutionSucceeded"],
            events.Select(Type));
        Assert.Equal([0L, 1, 2, 3, 4, 5], events.Select(e => e.GetProperty("ScheduleEventId").GetInt64()));
        Assert.Equal("""{"input":{"k":1}}""", events[1].GetProperty("EventDetail").GetString());
        Assert.Equal("""{"output":{"k":1}}""", events[^1].GetProperty("EventDetail").GetString());
    }

    [Fact]
    public async Task History_TaskRetriedThenCaught_RepeatsTaskEventsWithRetryCountAndFailsStepOnce()
    {
        var events = await RunAsync(
            "StartAt: T\nStates:\n  - Type: Task\n    Name: T\n    Action: Demo:Call\n    Retry:\n      - Errors: [Boom]\n        MaxAttempts: 1\n        IntervalSeconds: 3600\n    Catch:\n      - Errors: [FnF.ALL]\n        Next: Done\n    End: true\n  - Type: Succeed\n    Name: Done\n",
            mocks: """{"T": [{"error": "Boom", "cause": "bad"}]}""");
        var t = events.Where(e => e.GetProperty("StepName").GetString() == "T").Select(Type).ToList();
        Assert.Equal(
            ["StepEntered", "StepStarted", "TaskScheduled", "TaskStarted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskFailed", "StepFailed", "StepExited"],
            t);
        var retried = events.Where(e => Type(e) == "TaskScheduled").Select(Detail).ToList();
        Assert.Null(retried[0]["retryCount"]);
        Assert.Equal(1, retried[1]["retryCount"]!.GetValue<int>());
        Assert.Equal("ExecutionSucceeded", Type(events[^1]));
    }

    [Fact]
    public async Task History_Parallel_BranchEventsPointAtTheirBranchEntered()
    {
        var events = await RunAsync(
            "StartAt: P\nStates:\n  - Type: Parallel\n    Name: P\n    Branches:\n      - StartAt: A\n        States:\n          - Type: Pass\n            Name: A\n            End: true\n      - StartAt: B\n        States:\n          - Type: Pass\n            Name: B\n            End: true\n    End: true\n");
        Assert.Equal(2, events.Count(e => Type(e) == "BranchEntered"));
        Assert.Equal(2, events.Count(e => Type(e) == "BranchExited"));
        foreach (var branch in events.Where(e => Type(e) == "BranchEntered"))
        {
            var id = branch.GetProperty("EventId").GetInt64();
            Assert.Single(events, e => e.GetProperty("ScheduleEventId").GetInt64() == id);
        }
    }

    [Fact]
    public async Task History_Map_OneIterationPairPerItem()
    {
        var events = await RunAsync(
            "StartAt: M\nStates:\n  - Type: Map\n    Name: M\n    ItemsPath: $Input.items\n    Processor:\n      StartAt: P\n      States:\n        - Type: Pass\n          Name: P\n          End: true\n    End: true\n",
            input: """{"items":[1,2,3]}""");
        Assert.Equal(3, events.Count(e => Type(e) == "IterationEntered"));
        Assert.Equal(3, events.Count(e => Type(e) == "IterationExited"));
        Assert.Equal(3, events.Count(e => Type(e) == "StepEntered" && e.GetProperty("StepName").GetString() == "P"));
    }

    [Fact]
    public async Task History_Fail_EndsWithExecutionFailedCarryingCodeAndDetail()
    {
        var events = await RunAsync("StartAt: F\nStates:\n  - Type: Fail\n    Name: F\n    Code: Nope\n    Detail: because\n");
        Assert.Equal(["ExecutionStarted", "StepEntered", "StepStarted", "StepFailed", "StepExited", "ExecutionFailed"], events.Select(Type));
        Assert.Equal("""{"error":"Nope","cause":"because"}""", events[^1].GetProperty("EventDetail").GetString());
    }

    [Fact]
    public async Task History_PassWhoseInputFails_EnteredFailedExitedWithoutStarted()
    {
        var events = await RunAsync(
            "StartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    InputConstructor:\n      x.$: stringToJson($Input.t)\n    End: true\n",
            input: """{"t":"{\"a\":\"\\ud800\"}"}""");
        Assert.Equal(["ExecutionStarted", "StepEntered", "StepFailed", "StepExited", "ExecutionFailed"], events.Select(Type));
        Assert.Equal([0L, 1, 2, 3, 4], events.Select(e => e.GetProperty("ScheduleEventId").GetInt64()));
        Assert.Equal("FnF.InvalidExpression", Detail(events[2])["error"]!.GetValue<string>());
        Assert.Equal(events[2].GetProperty("EventDetail").GetString(), events[3].GetProperty("EventDetail").GetString());
    }

    [Fact]
    public async Task History_Paging_NextTokenIsTheNextEventId()
    {
        var flow = await CreateAsync("StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: B\n  - Type: Pass\n    Name: B\n    End: true\n");
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        await _client.WaitForEndAsync(flow, "run");
        var first = (await _client.CallAsync("GetExecutionHistory", ("FlowName", flow), ("ExecutionName", "run"), ("Limit", "4"))).EnsureOk();
        Assert.Equal(4, first.Body.GetProperty("Events").GetArrayLength());
        Assert.Equal("5", first.Text("NextToken"));
        var rest = (await _client.CallAsync("GetExecutionHistory", ("FlowName", flow), ("ExecutionName", "run"), ("NextToken", "5"))).EnsureOk();
        Assert.Equal(5, rest.Body.GetProperty("Events")[0].GetProperty("EventId").GetInt64());
        Assert.False(rest.Body.TryGetProperty("NextToken", out _));
    }

    private static string Type(JsonElement e) => e.GetProperty("Type").GetString()!;

    private static JsonNode Detail(JsonElement e) => JsonNode.Parse(e.GetProperty("EventDetail").GetString()!)!;

    private async Task<string> CreateAsync(string body)
    {
        var flow = CloudFlowClient.UniqueName("history");
        (await _client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\n" + body)).EnsureOk();
        return flow;
    }

    private async Task<List<JsonElement>> RunAsync(string body, string input = """{"k":1}""", string? mocks = null)
    {
        var flow = await CreateAsync(body);
        if (mocks is not null)
        {
            await _client.PutMocksAsync(flow, JsonNode.Parse(mocks)!);
        }

        (await _client.StartExecutionAsync(flow, "run", input)).EnsureOk();
        await _client.WaitForEndAsync(flow, "run");
        return await _client.HistoryAsync(flow, "run");
    }
}
