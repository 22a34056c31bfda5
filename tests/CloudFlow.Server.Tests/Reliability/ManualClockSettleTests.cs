using System.Diagnostics;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Reliability;

/// <summary>
/// decisions.md, manual clock: Advance answers once every execution it woke reached its next wait point or its end,
/// and never waits on one that has nothing left to do (its 30 s limit is for executions that really keep running).
/// </summary>
public sealed class ManualClockSettleTests
{
    private const string TwoBranches = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Fork
        States:
          - Type: Parallel
            Name: Fork
            End: true
            Branches:
              - StartAt: Short
                States:
                  - Type: Wait
                    Name: Short
                    Seconds: 60
                    End: true
              - StartAt: Each
                States:
                  - Type: Map
                    Name: Each
                    ItemsPath: $Input.items
                    End: true
                    Processor:
                      StartAt: Long
                      States:
                        - Type: Wait
                          Name: Long
                          Seconds: 120
                          End: true
        """;

    [Fact]
    public async Task Advance_WithBranchesWaitingApart_AnswersWhenEachLaneSettled()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("lanes");
        (await client.CreateFlowAsync(flow, TwoBranches)).EnsureOk();
        (await client.StartExecutionAsync(flow, "e", """{"items":[1,2,3]}""")).EnsureOk();

        // No wait for the run to reach its Waits: Advance lets it get there before moving the clock.
        var first = await AdvanceAsync(client, 70);
        Assert.Equal("Running", (await client.DescribeExecutionAsync(flow, "e")).Text("Status"));

        var second = await AdvanceAsync(client, 60);
        Assert.Equal("Succeeded", (await client.DescribeExecutionAsync(flow, "e")).Text("Status"));
        Assert.True(first < TimeSpan.FromSeconds(5) && second < TimeSpan.FromSeconds(5), $"advances took {first} and {second}");
    }

    [Fact]
    public async Task Advance_PastTheDeadlineOfAStoppedExecutionsWait_DoesNotWaitForIt()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("stopped");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 60\n    End: true\n")).EnsureOk();
        (await client.StartExecutionAsync(flow, "e")).EnsureOk();
        await AdvanceAsync(client, 1);
        (await client.CallAsync("StopExecution", ("FlowName", flow), ("ExecutionName", "e"))).EnsureOk();

        var past = await AdvanceAsync(client, 60);
        var next = await AdvanceAsync(client, 1);
        Assert.True(past < TimeSpan.FromSeconds(5) && next < TimeSpan.FromSeconds(5), $"advances took {past} and {next}");
    }

    private static async Task<TimeSpan> AdvanceAsync(CloudFlowClient client, int seconds)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.PostAsync($"/_emulator/clock/advance?seconds={seconds}", null);
        response.EnsureSuccessStatusCode();
        return watch.Elapsed;
    }
}
