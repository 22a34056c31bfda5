using System.Diagnostics;
using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Integrations;

namespace CloudFlow.Server.Tests.Reliability;

/// <summary>
/// <c>MaxConcurrentExecutions</c> bounds the executions being interpreted, not the ones waiting: a waiting execution
/// gives its place up, and StartExecution never waits for a place.
/// </summary>
public sealed class ExecutionPlacesTests
{
    private static readonly Dictionary<string, string> OnePlace = new() { ["CloudFlow:MaxConcurrentExecutions"] = "1" };

    [Fact]
    public async Task WaitingExecutions_WithOnePlace_AllReachTheirWaitAndEndOnAdvance()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string>(OnePlace) { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("waits");
        (await client.CreateFlowAsync(flow, StartExecutionTests.WaitFlow)).EnsureOk();
        string[] names = ["a", "b", "c"];
        foreach (var name in names)
        {
            (await client.StartExecutionAsync(flow, name)).EnsureOk();
        }

        // Advance first lets every busy execution reach its wait: one still queued for a place would hold it to its 30 s limit.
        var advance = Stopwatch.StartNew();
        await client.AdvanceClockAsync(301);

        Assert.True(advance.Elapsed < TimeSpan.FromSeconds(10), $"Advance took {advance.Elapsed}");
        foreach (var name in names)
        {
            Assert.Equal("Succeeded", (await client.DescribeExecutionAsync(flow, name)).EnsureOk().Text("Status"));
        }
    }

    [Fact]
    public async Task ParentWaitingOnItsChild_WithOnePlace_BothFinish()
    {
        await using var factory = new CloudFlowFactory(null, OnePlace);
        var client = factory.CreateCloudFlowClient();
        var child = CloudFlowClient.UniqueName("child");
        (await client.CreateFlowAsync(child, """
            Type: StateMachine
            SpecVersion: v1
            Name: child
            StartAt: Double
            States:
              - Type: Pass
                Name: Double
                OutputConstructor:
                  doubled.$: $Input.n * 2
                End: true
            """)).EnsureOk();

        var done = await client.RunAsync(CloudFlowClient.UniqueName("parent"), SubFlowTests.Parent(child, "WaitForSystemCallback"), """{"n": 21}""");

        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"doubled":42}""", done.Text("Output"));
    }

    [Fact]
    public async Task ManyStartsAtOnce_WithOnePlace_AreEachStoredAndRunOnce()
    {
        await using var factory = new CloudFlowFactory(null, OnePlace);
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("busy");
        (await client.CreateFlowAsync(flow, """
            Type: StateMachine
            SpecVersion: v1
            Name: loop
            StartAt: Add
            States:
              - Type: Pass
                Name: Add
                OutputConstructor:
                  i.$: $Input.i + 1
                Next: More
              - Type: Choice
                Name: More
                Branches:
                  - Condition: $Input.i < 200
                    Next: Add
                Default: Done
              - Type: Succeed
                Name: Done
            """)).EnsureOk();
        var names = Enumerable.Range(0, 16).Select(i => $"e{i}").ToList();

        var started = await Task.WhenAll(names.Select(name => client.StartExecutionAsync(flow, name, """{"i": 0}""")));

        Assert.All(started, answer => Assert.Equal("Running", answer.EnsureOk().Text("Status")));
        foreach (var name in names)
        {
            var done = await client.WaitForEndAsync(flow, name);
            Assert.Equal("Succeeded", done.Text("Status"));
            Assert.Equal("""{"i":200}""", done.Text("Output"));
        }

        var list = (await client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk();
        Assert.Equal(names.Count, list.Body.GetProperty("Executions").GetArrayLength());
    }
}
