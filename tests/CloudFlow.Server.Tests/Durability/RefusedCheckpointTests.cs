using CloudFlow.Server.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// A checkpoint the store refuses (a full disk, here a trigger in the data directory's database) stops the run, and
/// the execution runs again from its last stored checkpoint once the store takes writes: it ends once, with a whole
/// history. Meanwhile it reads as Running, and StopExecution asks to retry rather than calling it completed.
/// </summary>
public sealed class RefusedCheckpointTests
{
    private const string Refusal = """
        CREATE TRIGGER refuse_the_end BEFORE UPDATE ON executions WHEN NEW.name = 'refused' AND NEW.status <> 'Running'
        BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
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

    private static void Execute(CloudFlowFactory factory, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "cloudflow.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
