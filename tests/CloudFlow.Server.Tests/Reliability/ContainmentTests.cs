using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Server.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CloudFlow.Server.Tests.Reliability;

/// <summary>Issue 6, containment: whatever a state throws, and however long a flow would loop, the execution ends with an error and cause.</summary>
public sealed class ContainmentTests
{
    private const string ThrowingTask = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Call
        States:
          - Type: Task
            Name: Call
            Action: Test:Throw
            End: true
        """;

    private const string ThrowingBranch = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Fork
        States:
          - Type: Parallel
            Name: Fork
            End: true
            Branches:
              - StartAt: Fine
                States:
                  - Type: Pass
                    Name: Fine
                    End: true
              - StartAt: Call
                States:
                  - Type: Task
                    Name: Call
                    Action: Test:Throw
                    End: true
        """;

    private const string ThrowingIteration = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Each
        States:
          - Type: Map
            Name: Each
            ItemsPath: $Input.items
            End: true
            Processor:
              StartAt: Call
              States:
                - Type: Task
                  Name: Call
                  Action: Test:Throw
                  End: true
        """;

    private const string EndlessPassLoop = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Spin
        States:
          - Type: Pass
            Name: Spin
            Next: Again
          - Type: Choice
            Name: Again
            Branches:
              - Condition: true
                Next: Spin
            Default: Spin
        """;

    private const string EndlessWaitLoop = """
        Type: StateMachine
        SpecVersion: v1
        Timeout: 60
        StartAt: Nap
        States:
          - Type: Wait
            Name: Nap
            Seconds: 7
            Next: Nap
        """;

    [Theory]
    [InlineData(ThrowingTask, "{}")]
    [InlineData(ThrowingBranch, "{}")]
    [InlineData(ThrowingIteration, """{"items":[1,2,3]}""")]
    public async Task UnexpectedExceptionInAState_FailsTheExecutionWithErrorAndCause(string definition, string input)
    {
        await using var factory = new CloudFlowFactory();
        var client = ClientWith(factory, new ThrowingIntegration(() => new InvalidOperationException("the integration broke")));
        var failed = await RunAsync(client, definition, input);

        Assert.Equal("Failed", failed.Status);
        Assert.Equal("FnF.RuntimeError", failed.Error);
        Assert.Contains("the integration broke", failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrayCancellationInABranch_FailsTheExecutionInsteadOfDroppingTheBranch()
    {
        await using var factory = new CloudFlowFactory();
        var client = ClientWith(factory, new ThrowingIntegration(() => new OperationCanceledException("an internal timeout")));
        var failed = await RunAsync(client, ThrowingBranch, "{}");

        Assert.Equal("Failed", failed.Status);
        Assert.Contains("an internal timeout", failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndlessLoop_StopsAtTheHistoryLimit()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Limits:HistoryEvents"] = "300" });
        var client = factory.CreateCloudFlowClient();
        var failed = await RunAsync(client, EndlessPassLoop, "{}");

        Assert.Equal("Failed", failed.Status);
        Assert.Equal("FnF.HistoryLimitExceeded", failed.Error);
        Assert.Equal(301, failed.Events.Count);
        Assert.Equal(Enumerable.Range(1, 301).Select(i => (long)i), failed.Events.Select(e => e.GetProperty("EventId").GetInt64()));
    }

    [Fact]
    public async Task EndlessLoopInAnExpressRun_StopsAtTheHistoryLimitThoughItKeepsNoHistory()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Limits:HistoryEvents"] = "300" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("contain");
        (await client.CreateFlowAsync(flow, EndlessPassLoop, "Express")).EnsureOk();

        var result = (await client.CallAsync("StartSyncExecution", ("FlowName", flow), ("ExecutionName", "e"))).EnsureOk();

        Assert.Equal("Failed", result.Text("Status"));
        Assert.Equal("FnF.HistoryLimitExceeded", result.Text("ErrorCode"));
    }

    [Fact]
    public async Task EndlessLoop_StopsAtTheFlowTimeout()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        var timedOut = await RunAsync(client, EndlessWaitLoop, "{}");

        Assert.Equal("TimedOut", timedOut.Status);
        Assert.Equal("ExecutionTimedOut", timedOut.Events[^1].GetProperty("Type").GetString());
        Assert.Equal("FnF.Timeout", timedOut.Error);
    }

    private static CloudFlowClient ClientWith(CloudFlowFactory factory, ITaskIntegration integration) =>
        new(factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton(integration))).CreateClient());

    internal static async Task<Ended> RunAsync(CloudFlowClient client, string definition, string input)
    {
        var flow = CloudFlowClient.UniqueName("contain");
        (await client.CreateFlowAsync(flow, definition)).EnsureOk();
        (await client.StartExecutionAsync(flow, "e", input)).EnsureOk();
        var status = (await client.WaitForEndAsync(flow, "e")).Text("Status");
        var events = await client.HistoryAsync(flow, "e");
        var detail = JsonNode.Parse(events[^1].GetProperty("EventDetail").GetString()!)!;
        return new Ended(status, (string?)detail["error"], (string?)detail["cause"] ?? "", events);
    }

    internal sealed record Ended(string Status, string? Error, string Cause, List<JsonElement> Events);

    private sealed class ThrowingIntegration(Func<Exception> exception) : ITaskIntegration
    {
        public bool Handles(string action) => action == "Test:Throw";

        public ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken) => throw exception();
    }
}
