using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>FNF:StartExecution (fdl.md 11.2): RequestComplete and WaitForSystemCallback.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class SubFlowTests(CloudFlowFactory factory)
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    /// <summary>A parent whose one Task starts <paramref name="child"/> as <c>from-&lt;its own execution's name&gt;</c>.</summary>
    internal static string Parent(string child, string mode, string tail = "    End: true") => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: parent
        StartAt: Child
        States:
          - Type: Task
            Name: Child
            Action: FNF:StartExecution
            TaskMode: {mode}
            Parameters:
              resourceArn: acs:fnf:cn-hangzhou::flow/{child}
              executionName.$: format("from-{"{}"}", $Context.Execution.Name)
              input:
                n.$: $Input.n
        {tail}
        """;

    /// <summary>A child flow of these states, the first named First.</summary>
    internal static string Child(string states) => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: child
        StartAt: First
        States:
        {states}
        """;

    /// <summary>Waits, then doubles its input's <c>n</c>.</summary>
    internal const string Doubling = """
          - Type: Wait
            Name: First
            Seconds: 300
            Next: Double
          - Type: Pass
            Name: Double
            OutputConstructor:
              doubled.$: $Input.n * 2
            End: true
        """;

    private async Task<string> CreateChildAsync(string states)
    {
        var child = CloudFlowClient.UniqueName("child");
        (await _client.CreateFlowAsync(child, Child(states))).EnsureOk();
        return child;
    }

    [Fact]
    public async Task StartExecution_RequestComplete_ResultNamesTheChildWhichRunsOnItsOwn()
    {
        var child = await CreateChildAsync(Doubling);
        var parent = CloudFlowClient.UniqueName("parent");

        var done = await _client.RunAsync(parent, Parent(child, "RequestComplete"), """{"n": 4}""");

        var output = IntegrationSteps.Output(done);
        Assert.Equal(child, output["FlowName"]!.GetValue<string>());
        Assert.Equal("from-run", output["ExecutionName"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(output["RequestID"]!.GetValue<string>()));
        var childRun = await _client.WaitForEndAsync(child, "from-run");
        Assert.Equal("""{"doubled":8}""", childRun.Text("Output"));
    }

    [Fact]
    public async Task StartExecution_WaitForSystemCallback_ResultIsTheChildOutput()
    {
        var child = await CreateChildAsync(Doubling);
        var parent = CloudFlowClient.UniqueName("parent");

        var done = await _client.RunAsync(parent, Parent(child, "WaitForSystemCallback"), """{"n": 5}""");

        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"doubled":10}""", done.Text("Output"));
        var submitted = await _client.WaitForEventAsync(parent, "run", "TaskSubmitted");
        Assert.Equal(child, submitted["output"]!["FlowName"]!.GetValue<string>());
        Assert.Equal("from-run", submitted["output"]!["ExecutionName"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartExecution_WaitForSystemCallbackChildFails_TaskFailsWithTheChildErrorAndCause()
    {
        var child = await CreateChildAsync("""
              - Type: Fail
                Name: First
                Code: Child.Broke
                Detail: it broke
            """);
        var parent = CloudFlowClient.UniqueName("parent");

        var done = await _client.RunAsync(parent, Parent(child, "WaitForSystemCallback"));

        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal(("Child.Broke", "it broke"), await _client.FailureAsync(parent));
        Assert.Single(await _client.EventsAsync(parent, "run", "TaskFailed"));
    }

    [Fact]
    public async Task StartExecution_UnknownChildFlow_FailsTheSubmission()
    {
        var parent = CloudFlowClient.UniqueName("parent");

        await _client.RunAsync(parent, Parent("no_such_flow", "WaitForSystemCallback"));

        Assert.Equal("FnF.FlowNotExists", (await _client.FailureAsync(parent)).Error);
        Assert.Single(await _client.EventsAsync(parent, "run", "TaskSubmitFailed"));
    }
}
