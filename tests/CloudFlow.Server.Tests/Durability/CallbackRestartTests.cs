using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Integrations;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// Callbacks are durable (decisions.md, Task integrations and Durability): a task waiting when the emulator stops is
/// completed by a report to the next process, once, without calling its function again. The manual clock drives a
/// callback's Timeout (decisions.md, Time and the clocks).
/// </summary>
public sealed class CallbackRestartTests(LocalFunctionServer functions) : IClassFixture<LocalFunctionServer>
{
    private static string Flow(string function, string timeout = "") => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: approval
        StartAt: Approve
        States:
          - Type: Task
            Name: Approve
            Action: FC:InvokeFunction
            TaskMode: WaitForCustomCallback
            Parameters:
              resourceArn: acs:fc:cn-hangzhou:123:functions/{function}
              invocationType: Async
              body:
                token.$: $Context.Current.TaskToken
            {timeout}
            Next: After
          - Type: Pass
            Name: After
            End: true
        """;

    [Fact]
    public async Task ReportTaskSucceeded_AfterARestart_CompletesTheWaitingTaskOnce()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-callback-").FullName;
        var url = functions.Answering(202, "");
        const string flow = "approval";
        string token;
        await using (var first = new CloudFlowFactory(directory, null))
        {
            var client = first.CreateCloudFlowClient();
            await client.SetFunctionAsync("approver", url);
            (await client.CreateFlowAsync(flow, Flow("approver"))).EnsureOk();
            (await client.StartExecutionAsync(flow, "waiting")).EnsureOk();
            token = (await client.WaitForEventAsync(flow, "waiting", "TaskSubmitted"))["taskToken"]!.GetValue<string>();
        }

        await using var second = new CloudFlowFactory(directory, null);
        var again = second.CreateCloudFlowClient();
        var report = (await again.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", """{"ok": 1}"""))).EnsureOk();

        var done = await again.WaitForEndAsync(flow, "waiting");
        Assert.Equal("""{"ok":1}""", done.Text("Output"));
        var events = await again.HistoryAsync(flow, "waiting");
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("EventId").GetInt64()));
        var succeeded = Assert.Single(events, e => IntegrationSteps.Type(e) == "TaskSucceeded");
        Assert.Single(events, e => IntegrationSteps.Type(e) == "TaskSubmitted");
        Assert.Single(events, e => IntegrationSteps.Type(e) == "ExecutionSucceeded");
        Assert.Equal(succeeded.GetProperty("EventId").GetInt64(), report.Body.GetProperty("EventId").GetInt64());
        Assert.Single(functions.ReceivedBy(url));
        Assert.Equal("TaskAlreadyCompleted", (await again.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", "{}"))).Code);
    }

    [Fact]
    public async Task CallbackTimeout_ManualClock_FiresWhenTheClockPassesTheDeadline()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        await client.SetFunctionAsync("slow_approver", functions.Answering(202, ""));
        (await client.CreateFlowAsync("timed", Flow("slow_approver", "Timeout: 60"))).EnsureOk();
        (await client.StartExecutionAsync("timed", "run")).EnsureOk();
        await client.WaitForEventAsync("timed", "run", "TaskSubmitted");

        await AdvanceAsync(client, 30);
        Assert.Equal("Running", (await client.DescribeExecutionAsync("timed", "run")).Text("Status"));
        await AdvanceAsync(client, 31);

        var done = await client.WaitForEndAsync("timed", "run");
        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal("FnF.Timeout", (await client.FailureAsync("timed")).Error);
    }

    private static async Task AdvanceAsync(CloudFlowClient client, int seconds)
    {
        using var response = await client.Http.PostAsync($"/_emulator/clock/advance?seconds={seconds}", null);
        response.EnsureSuccessStatusCode();
    }
}
