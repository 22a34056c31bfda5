using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage.Migrations;
using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// A data directory of schema version 2, whose history rows are chunks of format version 2, opens at the current
/// schema and answers those histories as before, beside the histories of executions run after it opened.
/// </summary>
public sealed class HistoryFormatMigrationTests
{
    private const string Account = "1234567890123456";
    private const string Flow = "old_flow";

    private static readonly string Definition = FlowVersionTests.Definition(1);

    private static readonly string Rows = $$"""
        INSERT INTO definitions (hash, text) VALUES ('{{DefinitionText.HashOf(Definition)}}', '{{Definition}}');
        INSERT INTO flows (account, name, id, definition_hash, description, type, execution_mode, created_time, last_modified_time)
        VALUES ('{{Account}}', '{{Flow}}', 'flow-id', '{{DefinitionText.HashOf(Definition)}}', '', 'FDL', 'Standard', 1000, 1000);
        INSERT INTO executions (id, account, flow_name, name, definition_hash, input, status, started_time, stopped_time, error_code, error_cause)
        VALUES (1, '{{Account}}', '{{Flow}}', 'old_run', '{{DefinitionText.HashOf(Definition)}}', '{"a":1}', 'Failed', 1767225600000, 1767225600003, 'E', 'c');
        INSERT INTO history (execution_id, first_event_id, last_event_id, events) VALUES (1, 1, 9, X'{{HistoryChunkTests.Version2Chunk}}');
        """;

    [Fact]
    public async Task Start_DataDirectoryWithVersion2Histories_ReadsThemAndWritesNewOnes()
    {
        var directory = OldDataDirectory.Create(
            "cloudflow-history-format-", Rows, DefinitionsStoredOnce.Migration.Version, UnnumberedSchema.Migration, DefinitionsStoredOnce.Migration);

        await using (var factory = new CloudFlowFactory(directory, null))
        {
            var client = factory.CreateCloudFlowClient();
            var old = await client.HistoryAsync(Flow, "old_run");
            (await client.StartExecutionAsync(Flow, "new_run")).EnsureOk();
            await client.WaitForEndAsync(Flow, "new_run");
            var fresh = await client.HistoryAsync(Flow, "new_run");

            Assert.Equal(
                ["ExecutionStarted", "StepEntered", "StepStarted", "StepSucceeded", "StepExited", "StepEntered", "StepFailed", "StepExited", "ExecutionFailed"],
                old.Select(e => e.GetProperty("Type").GetString()));
            Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), old.Select(e => e.GetProperty("EventId").GetInt64()));
            Assert.Equal(["", "P", "P", "P", "P", "F", "F", "F", ""], old.Select(e => e.GetProperty("StepName").GetString()));
            Assert.Equal("""{"output":{"a":1}}""", old[3].GetProperty("EventDetail").GetString());
            Assert.Equal("""{"error":"E","cause":"c"}""", old[6].GetProperty("EventDetail").GetString());
            Assert.Equal(
                ["ExecutionStarted", "StepEntered", "StepStarted", "StepSucceeded", "StepExited", "ExecutionSucceeded"],
                fresh.Select(e => e.GetProperty("Type").GetString()));
        }

        using var upgraded = OldDataDirectory.Open(directory);
        Assert.Equal(SchemaMigrations.Current, OldDataDirectory.Scalar(upgraded, "PRAGMA user_version"));
    }
}
