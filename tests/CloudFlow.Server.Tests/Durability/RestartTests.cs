using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>A second app on the same data directory sees what the first stored, and finishes what it left running.</summary>
public sealed class RestartTests
{
    internal const string WaitFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: w
        StartAt: Before
        States:
          - Type: Pass
            Name: Before
            OutputConstructor:
              seen.$: $Input.n
            Next: W
          - Type: Wait
            Name: W
            Seconds: 60
            Next: After
          - Type: Pass
            Name: After
            End: true
        """;

    internal static readonly string[] Step = ["StepEntered", "StepStarted", "StepSucceeded", "StepExited"];

    [Fact]
    public async Task Restart_SameDataDirectory_KeepsFlowsAndFinishesRunningExecutionsOnce()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-restart-").FullName;
        var manual = new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" };
        const string flow = "restart_flow";
        await using (var first = new CloudFlowFactory(directory, manual))
        {
            var client = first.CreateCloudFlowClient();
            (await client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();
            (await client.StartExecutionAsync(flow, "waiting", """{"n":7}""")).EnsureOk();
            await WaitForEventAsync(client, flow, "waiting", "StepStarted", "W");
        }

        await using var second = new CloudFlowFactory(directory, manual);
        var again = second.CreateCloudFlowClient();
        (await again.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();
        await again.AdvanceClockAsync(61);

        var done = await again.WaitForEndAsync(flow, "waiting");
        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"seen":7}""", done.Text("Output"));
        var events = await again.HistoryAsync(flow, "waiting");
        var ids = events.Select(e => e.GetProperty("EventId").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => (long)i), ids);
        Assert.Single(events, e => e.GetProperty("Type").GetString() == "ExecutionStarted");
        Assert.Single(events, e => e.GetProperty("Type").GetString() == "StepEntered" && e.GetProperty("StepName").GetString() == "W");
        Assert.Equal("ExecutionSucceeded", events[^1].GetProperty("Type").GetString());
    }

    [Fact]
    public async Task Shutdown_WithExecutionsRunning_IsQuickAndTheyFinishOnceAfterRestart()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-shutdown-").FullName;
        var manual = new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" };
        const string flow = "shutdown_flow";
        var names = Enumerable.Range(0, 20).Select(i => $"run{i}").ToList();
        TimeSpan stopping;
        await using (var first = new CloudFlowFactory(directory, manual))
        {
            var client = first.CreateCloudFlowClient();
            (await client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();
            await Task.WhenAll(names.Select((name, i) => client.StartExecutionAsync(flow, name, $$"""{"n":{{i}}}""")));
            await WaitForEventAsync(client, flow, names[^1], "StepStarted", "W");

            var watch = System.Diagnostics.Stopwatch.StartNew();
            await first.DisposeAsync();
            stopping = watch.Elapsed;
        }

        Assert.True(stopping < TimeSpan.FromSeconds(5), $"shutdown took {stopping}");

        await using var second = new CloudFlowFactory(directory, manual);
        var again = second.CreateCloudFlowClient();
        using (var advance = await again.Http.PostAsync("/_emulator/clock/advance?seconds=61", null))
        {
            advance.EnsureSuccessStatusCode();
        }

        for (var i = 0; i < names.Count; i++)
        {
            var done = await again.WaitForEndAsync(flow, names[i]);
            Assert.Equal($$"""{"seen":{{i}}}""", done.Text("Output"));
            var ids = (await again.HistoryAsync(flow, names[i])).Select(e => e.GetProperty("EventId").GetInt64());
            Assert.Equal(Enumerable.Range(1, 14).Select(n => (long)n), ids);
        }
    }

    [Fact]
    public async Task Restart_AfterInstantSteps_ReplaysThemWithTheEventsStoredBefore()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-replay-").FullName;
        var manual = new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" };
        const string flow = "replay_flow";
        List<string> stored;
        await using (var first = new CloudFlowFactory(directory, manual))
        {
            var client = first.CreateCloudFlowClient();
            (await client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();
            (await client.StartExecutionAsync(flow, "waiting", """{"n":7}""")).EnsureOk();
            await WaitForEventAsync(client, flow, "waiting", "StepStarted", "W");
            stored = [.. (await client.HistoryAsync(flow, "waiting")).Select(e => e.GetRawText())];
        }

        await using var second = new CloudFlowFactory(directory, manual);
        var again = second.CreateCloudFlowClient();
        (await again.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();
        await again.AdvanceClockAsync(61);
        await again.WaitForEndAsync(flow, "waiting");

        var events = await again.HistoryAsync(flow, "waiting");
        Assert.Equal(stored, events.Take(stored.Count).Select(e => e.GetRawText()));
        Assert.Equal(
            ["ExecutionStarted", .. Step, .. Step, .. Step, "ExecutionSucceeded"],
            events.Select(e => e.GetProperty("Type").GetString()));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("EventId").GetInt64()));
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("ScheduleEventId").GetInt64()));
    }

    internal static async Task WaitForEventAsync(CloudFlowClient client, string flow, string execution, string type, string step)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var events = await client.HistoryAsync(flow, execution);
            if (events.Any(e => e.GetProperty("Type").GetString() == type && e.GetProperty("StepName").GetString() == step))
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"{type} of {step} was never stored.");
    }
}
