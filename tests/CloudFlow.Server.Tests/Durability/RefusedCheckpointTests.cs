using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Integrations;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// A checkpoint the store refuses (a full disk, here a trigger in the data directory's database) stops the run, and
/// the execution runs again from its last stored checkpoint once the store takes writes: it ends once, with a whole
/// history. Meanwhile it reads as Running, and StopExecution asks to retry rather than calling it completed. A child's
/// end and its report to the parent task are one write: neither is stored without the other.
/// </summary>
public sealed class RefusedCheckpointTests
{
    private const string Refusal = """
        CREATE TRIGGER refuse_the_end BEFORE UPDATE ON executions WHEN NEW.name = 'refused' AND NEW.status <> 'Running'
        BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
        """;

    /// <summary>Refuses a child's report to its parent's task slot, so the write that carries it fails.</summary>
    private const string RefusedReport = """
        CREATE TRIGGER refuse_the_report BEFORE INSERT ON effects WHEN NEW.effect_key LIKE 'callback:%'
        BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
        """;

    /// <summary>Refuses the fifth history chunk of the execution named midway, and every one after it.</summary>
    private const string RefusedMidway = """
        CREATE TRIGGER refuse_midway BEFORE INSERT ON history
        WHEN (SELECT name FROM executions WHERE id = NEW.execution_id) = 'midway'
          AND (SELECT COUNT(*) FROM history WHERE execution_id = NEW.execution_id) >= 4
        BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
        """;

    /// <summary>Ten iterations at once, each storing a checkpoint at its Wait.</summary>
    private const string WaitingMap = """
        Type: StateMachine
        SpecVersion: v1
        Name: midway
        StartAt: Each
        States:
          - Type: Map
            Name: Each
            ItemsPath: $Input.items
            End: true
            Processor:
              StartAt: Pause
              States:
                - Type: Wait
                  Name: Pause
                  Seconds: 5
                  Next: Double
                - Type: Pass
                  Name: Double
                  OutputConstructor:
                    doubled.$: $Input * 2
                  End: true
        """;

    [Fact]
    public async Task RefusedEnd_LeavesTheExecutionRunning_ThenItEndsOnceWithAWholeHistory()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("refused");
        (await client.CreateFlowAsync(flow, RestartTests.WaitFlow)).EnsureOk();
        (await client.StartExecutionAsync(flow, "refused", """{"n":7}""")).EnsureOk();
        await RestartTests.WaitForEventAsync(client, flow, "refused", "StepStarted", "W");
        Execute(factory, Refusal);

        await client.AdvanceClockAsync(61);
        // Long polling answers when the run is over: with the stored state, since its end was refused.
        var whileRefused = (await client.DescribeExecutionAsync(flow, "refused", waitSeconds: 10)).EnsureOk();
        var stopWhileRefused = await client.CallAsync("StopExecution", ("FlowName", flow), ("ExecutionName", "refused"));
        Execute(factory, "DROP TRIGGER refuse_the_end");
        var done = await client.WaitForEndAsync(flow, "refused", TimeSpan.FromSeconds(20));

        Assert.Equal("Running", whileRefused.Text("Status"));
        Assert.Equal("ConcurrentUpdateError", stopWhileRefused.Code);
        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"seen":7}""", done.Text("Output"));
        var events = await client.HistoryAsync(flow, "refused");
        Assert.Equal(
            ["ExecutionStarted", .. RestartTests.Step, .. RestartTests.Step, .. RestartTests.Step, "ExecutionSucceeded"],
            events.Select(e => e.GetProperty("Type").GetString()));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("EventId").GetInt64()));
    }

    [Fact]
    public async Task RefusalMidwayThroughAMap_AbandonsEveryIteration_AndTheRerunMatchesAnUninterruptedOne()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("midway");
        (await client.CreateFlowAsync(flow, WaitingMap)).EnsureOk();
        const string input = """{"items": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}""";
        (await client.StartExecutionAsync(flow, "control", input)).EnsureOk();
        var control = await client.WaitForEndAsync(flow, "control");
        Execute(factory, RefusedMidway);

        (await client.StartExecutionAsync(flow, "midway", input)).EnsureOk();
        var whileRefused = (await client.DescribeExecutionAsync(flow, "midway", waitSeconds: 10)).EnsureOk();
        Execute(factory, "DROP TRIGGER refuse_midway");
        var done = await client.WaitForEndAsync(flow, "midway", TimeSpan.FromSeconds(20));

        Assert.Equal("Running", whileRefused.Text("Status"));
        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal(control.Text("Output"), done.Text("Output"));
        var (events, expected) = (await client.HistoryAsync(flow, "midway"), await client.HistoryAsync(flow, "control"));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("EventId").GetInt64()));
        Assert.Equal(TypesAndSteps(expected), TypesAndSteps(events));
    }

    [Fact]
    public async Task ChildEndAndItsReportToTheParent_AreOneWrite()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        var (parent, child) = (CloudFlowClient.UniqueName("parent"), CloudFlowClient.UniqueName("child"));
        (await client.CreateFlowAsync(child, SubFlowTests.Child(SubFlowTests.Doubling))).EnsureOk();
        (await client.CreateFlowAsync(parent, SubFlowTests.Parent(child, "WaitForSystemCallback"))).EnsureOk();
        Execute(factory, RefusedReport);

        (await client.StartExecutionAsync(parent, "run", """{"n": 5}""")).EnsureOk();
        RpcResult childWhileRefused;
        do
        {
            // Long polling answers when the child's run is over: with what is stored, since its end was refused.
            childWhileRefused = await client.DescribeExecutionAsync(child, "from-run", waitSeconds: 10);
        }
        while (childWhileRefused.Code == "ExecutionNotExists");

        var parentWhileRefused = (await client.DescribeExecutionAsync(parent, "run")).EnsureOk();
        Execute(factory, "DROP TRIGGER refuse_the_report");
        var childDone = await client.WaitForEndAsync(child, "from-run", TimeSpan.FromSeconds(20));
        var parentDone = await client.WaitForEndAsync(parent, "run");

        Assert.Equal("Running", childWhileRefused.EnsureOk().Text("Status"));
        Assert.Equal("Running", parentWhileRefused.Text("Status"));
        Assert.Equal("Succeeded", parentDone.Text("Status"));
        Assert.Equal("""{"doubled":10}""", parentDone.Text("Output"));
        Assert.Equal("Succeeded", childDone.Text("Status"));
    }

    private static List<string> TypesAndSteps(List<JsonElement> events) =>
        [.. events.Select(e => $"{e.GetProperty("Type").GetString()} {e.GetProperty("StepName").GetString()}").Order(StringComparer.Ordinal)];

    private static void Execute(CloudFlowFactory factory, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "cloudflow.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
