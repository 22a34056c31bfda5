using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Emulator;

/// <summary>The three clock modes (decisions.md, Time and the clocks).</summary>
public sealed class ClockTests
{
    private const string LongWaits = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: W
        States:
          - Type: Wait
            Name: W
            Seconds: 300
            Next: T
          - Type: Task
            Name: T
            Action: Demo:Call
            Retry:
              - Errors: [Busy]
                MaxAttempts: 1
                IntervalSeconds: 3600
            End: true
        """;

    [Fact]
    public async Task Skip_WaitOf300sAndRetryIntervalOfAnHour_FinishInUnderASecondWithConsistentTimes()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "skip" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("skip");
        (await client.CreateFlowAsync(flow, LongWaits)).EnsureOk();
        await client.PutMocksAsync(flow, System.Text.Json.Nodes.JsonNode.Parse("""{"T": [{"error": "Busy"}, {"output": {"done": true}}]}""")!);

        var watch = Stopwatch.StartNew();
        (await client.StartExecutionAsync(flow, "run")).EnsureOk();
        var done = await client.WaitForEndAsync(flow, "run");
        watch.Stop();

        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
        var elapsed = DateTimeOffset.Parse(done.Text("StoppedTime"), System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.Parse(done.Text("StartedTime"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(elapsed.TotalSeconds, 3900, 3905);
    }

    [Fact]
    public async Task Manual_AdvancePastTheWait_FinishesTheExecutionBeforeAnswering()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var before = JsonDocument.Parse(await client.Http.GetStringAsync("/_emulator/clock")).RootElement;
        Assert.Equal("manual", before.GetProperty("Mode").GetString());
        var flow = CloudFlowClient.UniqueName("manual");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 60\n    End: true\n")).EnsureOk();
        (await client.StartExecutionAsync(flow, "run")).EnsureOk();

        Assert.Equal("Running", (await client.DescribeExecutionAsync(flow, "run")).Text("Status"));
        using var short1 = await client.Http.PostAsync("/_emulator/clock/advance?seconds=30", null);
        Assert.Equal("Running", (await client.DescribeExecutionAsync(flow, "run")).Text("Status"));
        using var advanced = await client.Http.PostAsync("/_emulator/clock/advance?seconds=31", null);
        var after = JsonDocument.Parse(await advanced.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("Succeeded", (await client.DescribeExecutionAsync(flow, "run")).Text("Status"));
        var moved = DateTimeOffset.Parse(after.GetProperty("Now").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            - DateTimeOffset.Parse(before.GetProperty("Now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(61, moved.TotalSeconds, precision: 0);
    }

    [Fact]
    public async Task Manual_AdvancePastAStoppedExecutionsWait_AnswersAtOnce()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("stopped");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 60\n    End: true\n")).EnsureOk();
        (await client.StartExecutionAsync(flow, "run")).EnsureOk();
        await client.AdvanceClockAsync(1); // answers once the execution waits in W
        (await client.CallAsync("StopExecution", ("FlowName", flow), ("ExecutionName", "run"))).EnsureOk();

        var watch = Stopwatch.StartNew();
        await client.AdvanceClockAsync(61);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"advance took {watch.Elapsed}: the stopped wait was counted as busy");
    }

    [Fact]
    public async Task Manual_BranchesWaitingSideBySide_SettleAndLaterAdvancesAnswerAtOnce()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("branches");
        var wait = "          - Type: Wait\n            Name: {0}\n            Seconds: 60\n            End: true\n";
        var definition = "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Parallel\n    Name: P\n    Branches:\n"
            + "      - StartAt: A\n        States:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, wait, "A")
            + "      - StartAt: B\n        States:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, wait, "B")
            + "    End: true\n";
        (await client.CreateFlowAsync(flow, definition)).EnsureOk();
        (await client.StartExecutionAsync(flow, "run")).EnsureOk();

        using (var advanced = await client.Http.PostAsync("/_emulator/clock/advance?seconds=61", null))
        {
            advanced.EnsureSuccessStatusCode();
        }

        Assert.Equal("Succeeded", (await client.DescribeExecutionAsync(flow, "run")).Text("Status"));
        var watch = Stopwatch.StartNew();
        using (var again = await client.Http.PostAsync("/_emulator/clock/advance?seconds=1", null))
        {
            again.EnsureSuccessStatusCode();
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"an advance with nothing running took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("system")]
    [InlineData("skip")]
    public async Task Advance_WhenNotManual_IsInvalidArgument(string mode)
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = mode });
        var http = factory.CreateClient();
        var clock = JsonDocument.Parse(await http.GetStringAsync("/_emulator/clock")).RootElement;
        Assert.Equal(mode, clock.GetProperty("Mode").GetString());
        using var response = await http.PostAsync("/_emulator/clock/advance?seconds=5", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidArgument", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("system")]
    [InlineData("skip")]
    public async Task Schedule_InRealTimeModes_FiresWithoutAnAdvance(string mode)
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = mode });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("realtime");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true\n")).EnsureOk();
        (await client.CallAsync("CreateSchedule", ("FlowName", flow), ("ScheduleName", "tick"), ("CronExpression", "* * * * * *"))).EnsureOk();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk().Body.GetProperty("Executions").GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no execution started within 15 s");
            await Task.Delay(100);
        }
    }
}
