using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Storage.Migrations;
using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// A data directory written before definitions were stored once (every execution row holding its flow's text) opens,
/// moves the texts to one row each, and shows and runs every execution with the definition it started with; one
/// written by a newer release is refused.
/// </summary>
public sealed class DefinitionsMigrationTests
{
    private const string Account = "1234567890123456";
    private const string Flow = "old_flow";

    // The rows as the previous release stored them: the flow was updated to Definition(2) after version 1 was
    // published and both executions started, so they hold Definition(1). "unfinished" never reached a checkpoint.
    private static readonly string Rows = $$"""
        INSERT INTO flows (account, name, id, definition, description, type, execution_mode, created_time, last_modified_time)
        VALUES ('{{Account}}', '{{Flow}}', 'flow-id', '{{FlowVersionTests.Definition(2)}}', 'old', 'FDL', 'Standard', 1000, 3000);
        INSERT INTO flow_versions (account, flow_name, version, definition, description, created_time)
        VALUES ('{{Account}}', '{{Flow}}', 1, '{{FlowVersionTests.Definition(1)}}', '', 1500);
        INSERT INTO flow_version_counters (account, flow_name, last_version) VALUES ('{{Account}}', '{{Flow}}', 1);
        INSERT INTO executions (id, account, flow_name, name, flow_definition, input, output, status, started_time, stopped_time, qualifier, flow_version)
        VALUES (1, '{{Account}}', '{{Flow}}', 'finished', '{{FlowVersionTests.Definition(1)}}', '{}', '{"v":1}', 'Succeeded', 2000, 2001, '1', '1');
        INSERT INTO executions (id, account, flow_name, name, flow_definition, input, status, started_time)
        VALUES (2, '{{Account}}', '{{Flow}}', 'unfinished', '{{FlowVersionTests.Definition(1)}}', '{}', 'Running', 2500);
        """;

    [Fact]
    public async Task Start_DataDirectoryWithDefinitionsPerExecution_KeepsEachExecutionsDefinitionAndResumesTheUnfinishedOne()
    {
        var directory = OldDataDirectory.Create("cloudflow-definitions-", Rows, userVersion: 0, UnnumberedSchema.Migration);

        await using (var factory = new CloudFlowFactory(directory, null))
        {
            var client = factory.CreateCloudFlowClient();
            var resumed = await client.WaitForEndAsync(Flow, "unfinished");
            var finished = (await client.DescribeExecutionAsync(Flow, "finished")).EnsureOk();
            var listed = (await client.CallAsync("ListExecutions", ("FlowName", Flow))).EnsureOk();
            var flow = (await client.CallAsync("DescribeFlow", ("Name", Flow))).EnsureOk();
            var version = (await client.CallAsync("DescribeFlow", ("Name", Flow), ("FlowVersion", "1"))).EnsureOk();
            (await client.StartExecutionAsync(Flow, "latest")).EnsureOk();
            var latest = await client.WaitForEndAsync(Flow, "latest");
            var history = await client.HistoryAsync(Flow, "unfinished");

            Assert.Equal(("Succeeded", """{"v":1}""", FlowVersionTests.Definition(1)), (resumed.Text("Status"), resumed.Text("Output"), resumed.Text("FlowDefinition")));
            Assert.Equal((FlowVersionTests.Definition(1), """{"v":1}"""), (finished.Text("FlowDefinition"), finished.Text("Output")));
            Assert.Equal(["finished", "unfinished"], listed.Body.GetProperty("Executions").EnumerateArray().Select(e => e.GetProperty("Name").GetString()).Order());
            Assert.Equal(FlowVersionTests.Definition(2), flow.Text("Definition"));
            Assert.Equal(FlowVersionTests.Definition(1), version.Text("Definition"));
            Assert.Equal(("""{"v":2}""", FlowVersionTests.Definition(2)), (latest.Text("Output"), latest.Text("FlowDefinition")));
            Assert.Equal("ExecutionStarted", history[0].GetProperty("Type").GetString());
            Assert.Equal("ExecutionSucceeded", history[^1].GetProperty("Type").GetString());
        }

        using var upgraded = OldDataDirectory.Open(directory);
        Assert.Equal(SchemaMigrations.Current, OldDataDirectory.Scalar(upgraded, "PRAGMA user_version"));
        Assert.Equal(2L, OldDataDirectory.Scalar(upgraded, "SELECT COUNT(*) FROM definitions"));
        Assert.Equal(0L, OldDataDirectory.Scalar(upgraded, "SELECT COUNT(*) FROM pragma_table_info('executions') WHERE name = 'flow_definition'"));
    }

    [Fact]
    public async Task Start_DataDirectoryOfANewerSchema_IsRefusedAndLeftAsItWas()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-newer-").FullName;
        using (var connection = OldDataDirectory.Open(directory))
        {
            SqliteDatabase.Execute(connection, $"PRAGMA user_version = {SchemaMigrations.Current + 1}");
        }

        await using var factory = new CloudFlowFactory(directory, null);
        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("newer than this emulator", refused.ToString(), StringComparison.Ordinal);
        using var untouched = OldDataDirectory.Open(directory);
        Assert.Equal(SchemaMigrations.Current + 1, OldDataDirectory.Scalar(untouched, "PRAGMA user_version"));
        Assert.Equal(0L, OldDataDirectory.Scalar(untouched, "SELECT COUNT(*) FROM sqlite_schema"));
    }
}
