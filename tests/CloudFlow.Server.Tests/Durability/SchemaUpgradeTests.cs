using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>A data directory written before executions recorded their Qualifier still starts, keeps its rows and gains the columns.</summary>
public sealed class SchemaUpgradeTests
{
    private const string ExecutionsBeforeQualifiers = """
        CREATE TABLE executions (
            id INTEGER PRIMARY KEY, account TEXT NOT NULL, flow_name TEXT NOT NULL, name TEXT NOT NULL, flow_definition TEXT NOT NULL,
            input TEXT NOT NULL, output TEXT, status TEXT NOT NULL, started_time INTEGER NOT NULL, stopped_time INTEGER,
            error_code TEXT, error_cause TEXT, role_arn TEXT, environment TEXT, scenario TEXT, clock_offset_ms INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account, flow_name, name));
        INSERT INTO executions (id, account, flow_name, name, flow_definition, input, output, status, started_time, stopped_time)
        VALUES (1, '1234567890123456', 'old_flow', 'old_run', 'x', '{}', '{}', 'Succeeded', 0, 0);
        """;

    [Fact]
    public async Task Start_DataDirectoryWithoutQualifierColumns_UpgradesItAndKeepsItsExecutions()
    {
        var directory = OldDataDirectory.Create("cloudflow-upgrade-", ExecutionsBeforeQualifiers, userVersion: 0);

        await using var factory = new CloudFlowFactory(directory, null);
        var client = factory.CreateCloudFlowClient();
        (await client.CreateFlowAsync("old_flow", FlowVersionTests.Definition(1))).EnsureOk();
        (await client.CallAsync("PublishFlowVersion", ("FlowName", "old_flow"))).EnsureOk();
        (await client.CallAsync("StartExecution", ("FlowName", "old_flow"), ("ExecutionName", "new_run"), ("Qualifier", "1"))).EnsureOk();

        var listed = (await client.CallAsync("ListExecutions", ("FlowName", "old_flow"))).EnsureOk();
        var byQualifier = (await client.CallAsync("ListExecutions", ("FlowName", "old_flow"), ("Qualifier", "1"))).EnsureOk();

        Assert.Equal(2, listed.Body.GetProperty("Executions").GetArrayLength());
        Assert.Equal("new_run", byQualifier.Body.GetProperty("Executions")[0].GetProperty("Name").GetString());
    }
}
