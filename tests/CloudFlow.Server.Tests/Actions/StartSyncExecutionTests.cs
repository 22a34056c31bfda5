using System.Net;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>api.md StartSyncExecution and Q4, decisions.md (Express executions are not stored), fdl.md Express limits.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class StartSyncExecutionTests(CloudFlowFactory factory)
{
    private const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private const string Time = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    private const string WaitFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Pause
        States:
          - Type: Wait
            Name: Pause
            Seconds: 20
            Next: Shape
          - Type: Pass
            Name: Shape
            OutputConstructor:
              doubled.$: $Input.n * 2
            End: true
        """;

    private const string FailFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Boom
        States:
          - Type: Fail
            Name: Boom
            Code: MyError
            Detail: it broke
        """;

    private const string TaskFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: CallIt
        States:
          - Type: Task
            Name: CallIt
            Action: Demo:DoSomething
            End: true
        """;

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task StartSyncExecution_ExpressFlow_AnswersWithTheResultInTheSameCall()
    {
        var flow = await CreateExpressAsync(WaitFlow);

        var result = (await StartSyncAsync(flow, "my_run", """{"n":21}""")).EnsureOk();

        Assert.Equal(flow, result.Text("FlowName"));
        Assert.Matches($"^my_run:{Uuid}$", result.Text("Name"));
        Assert.Equal("Succeeded", result.Text("Status"));
        Assert.Equal("""{"doubled":42}""", result.Text("Output"));
        Assert.Matches(Time, result.Text("StartedTime"));
        Assert.Matches(Time, result.Text("StoppedTime"));
        Assert.False(result.Body.TryGetProperty("ErrorCode", out _));
        Assert.False(result.Body.TryGetProperty("ErrorMessage", out _));
    }

    [Fact]
    public async Task StartSyncExecution_SameNameTwice_RunsTwiceUnderDistinctNames()
    {
        var flow = await CreateExpressAsync(WaitFlow);

        var first = (await StartSyncAsync(flow, "again", """{"n":1}""")).EnsureOk();
        var second = (await StartSyncAsync(flow, "again", """{"n":1}""")).EnsureOk();

        Assert.NotEqual(first.Text("Name"), second.Text("Name"));
        Assert.Equal("Succeeded", second.Text("Status"));
    }

    [Fact]
    public async Task StartSyncExecution_WithoutName_GeneratesOne()
    {
        var flow = await CreateExpressAsync(WaitFlow);

        var result = (await StartSyncAsync(flow, null, """{"n":0}""")).EnsureOk();

        Assert.Matches($"^execution-{Uuid}:{Uuid}$", result.Text("Name"));
        Assert.Equal("""{"doubled":0}""", result.Text("Output"));
    }

    [Fact]
    public async Task StartSyncExecution_FailingFlow_Answers200WithErrorCodeAndMessage()
    {
        var flow = await CreateExpressAsync(FailFlow);

        var result = await StartSyncAsync(flow, "fails", null);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Failed", result.Text("Status"));
        Assert.Equal("MyError", result.Text("ErrorCode"));
        Assert.Equal("it broke", result.Text("ErrorMessage"));
        Assert.False(result.Body.TryGetProperty("Output", out _));
        Assert.Matches(Time, result.Text("StoppedTime"));
    }

    [Fact]
    public async Task StartSyncExecution_StandardFlow_ReturnsActionNotSupported()
    {
        var flow = CloudFlowClient.UniqueName("standard");
        (await _client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();

        var result = await StartSyncAsync(flow, null, null);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("ActionNotSupported", result.Code);
        Assert.Equal("Standard execution is not supported.", result.Text("Message"));
    }

    [Fact]
    public async Task StartSyncExecution_ItsExecution_IsNotStored()
    {
        var flow = await CreateExpressAsync(WaitFlow);
        var name = (await StartSyncAsync(flow, "gone", null)).EnsureOk().Text("Name");

        var described = await _client.DescribeExecutionAsync(flow, name);
        var history = await _client.CallAsync("GetExecutionHistory", ("FlowName", flow), ("ExecutionName", name));
        var listed = (await _client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk();

        Assert.Equal(HttpStatusCode.NotFound, described.Status);
        Assert.Equal("ExecutionNotExists", described.Code);
        Assert.Equal("ExecutionNotExists", history.Code);
        Assert.Empty(listed.Body.GetProperty("Executions").EnumerateArray());
    }

    [Fact]
    public async Task StartSyncExecution_LongerThanFiveMinutes_EndsTimedOut()
    {
        var flow = await CreateExpressAsync("""
            Type: StateMachine
            SpecVersion: v1
            Name: f
            StartAt: CallIt
            States:
              - Type: Task
                Name: CallIt
                Action: Demo:DoSomething
                Retry:
                  - Errors: [Busy]
                    IntervalSeconds: 200
                    MaxAttempts: 3
                End: true
            """);
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"CallIt": [{"error": "Busy"}]}""")!);

        var result = (await StartSyncAsync(flow, "slow", null)).EnsureOk();

        Assert.Equal("TimedOut", result.Text("Status"));
        Assert.Equal("FnF.Timeout", result.Text("ErrorCode"));
        Assert.Contains("300", result.Text("ErrorMessage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSyncExecution_WaitLongerThan20SecondsFromInput_FailsTheState()
    {
        var flow = await CreateExpressAsync("""
            Type: StateMachine
            SpecVersion: v1
            Name: f
            StartAt: Pause
            States:
              - Type: Wait
                Name: Pause
                Seconds.$: $Input.delay
                End: true
            """);

        var tooLong = (await StartSyncAsync(flow, "long", """{"delay":25}""")).EnsureOk();
        var allowed = (await StartSyncAsync(flow, "short", """{"delay":20}""")).EnsureOk();

        Assert.Equal("Failed", tooLong.Text("Status"));
        Assert.Equal("FnF.InvalidExpression", tooLong.Text("ErrorCode"));
        Assert.Contains("Pause", tooLong.Text("ErrorMessage"), StringComparison.Ordinal);
        Assert.Equal("Succeeded", allowed.Text("Status"));
    }

    [Theory]
    [InlineData("""
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Pause
        States:
          - Type: Wait
            Name: Pause
            Seconds: 21
            End: true
        """, "States[0].Seconds")]
    [InlineData("""
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Branches
        States:
          - Type: Parallel
            Name: Branches
            Branches:
              - StartAt: Callback
                States:
                  - Type: Task
                    Name: Callback
                    Action: FC:InvokeFunction
                    TaskMode: WaitForCustomCallback
                    Parameters:
                      resourceArn: acs:fc:::functions/f/LATEST
                      invocationType: Async
                    End: true
            End: true
        """, "States[0].Branches[0].States[0].TaskMode")]
    [InlineData("""
        version: v1
        type: flow
        steps:
          - type: wait
            name: pause
            duration: 60
        """, "steps[0].duration")]
    public async Task CreateFlow_ExpressDefinitionBeyondExpressLimits_ReturnsInvalidArgument(string definition, string path)
    {
        var result = await _client.CreateFlowAsync(CloudFlowClient.UniqueName("express"), definition, "Express");

        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains(path, result.Text("Message"), StringComparison.Ordinal);
        (await _client.CreateFlowAsync(CloudFlowClient.UniqueName("standard"), definition)).EnsureOk();
    }

    [Fact]
    public async Task UpdateFlow_ExpressFlowToALongWait_ReturnsInvalidArgument()
    {
        var flow = await CreateExpressAsync(WaitFlow);

        var result = await _client.CallAsync("UpdateFlow", ("Name", flow), ("Definition", WaitFlow.Replace("Seconds: 20", "Seconds: 30", StringComparison.Ordinal)));

        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains("Express", result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSyncExecution_WithScenario_TakesTheScenarioResults()
    {
        var flow = await CreateExpressAsync(TaskFlow);
        (await _client.PutScenarioAsync(flow, "happy", JsonNode.Parse("""{"CallIt": [{"invocations": "1-", "output": {"ok": true}}]}""")!)).EnsureOk();

        var result = (await StartSyncAsync($"{flow}#happy", "with_scenario", null)).EnsureOk();
        var unknown = await StartSyncAsync($"{flow}#missing", "no_scenario", null);

        Assert.Equal(flow, result.Text("FlowName"));
        Assert.Equal("""{"ok":true}""", result.Text("Output"));
        Assert.Equal("InvalidArgument", unknown.Code);
    }

    [Theory]
    [InlineData("[1]", "InvalidArgument")]
    [InlineData(null, "FlowNotExists")]
    public async Task StartSyncExecution_BadRequest_ReturnsDocumentedCode(string? input, string code)
    {
        var flow = code == "FlowNotExists" ? CloudFlowClient.UniqueName("none") : await CreateExpressAsync(WaitFlow);

        var result = await StartSyncAsync(flow, null, input);

        Assert.Equal(code, result.Code);
    }

    private Task<RpcResult> StartSyncAsync(string flow, string? name, string? input) =>
        _client.CallAsync("StartSyncExecution", ("FlowName", flow), ("ExecutionName", name), ("Input", input));

    private async Task<string> CreateExpressAsync(string definition)
    {
        var flow = CloudFlowClient.UniqueName("express");
        (await _client.CreateFlowAsync(flow, definition, "Express")).EnsureOk();
        return flow;
    }
}
