using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>Definition texts are stored once however many rows use them, kept while used and removed after.</summary>
public sealed class DefinitionStorageTests
{
    private const string Flow = "stored_flow";

    [Fact]
    public async Task Restart_AfterUpdateFlow_ShowsEachExecutionTheDefinitionItStartedWith()
    {
        var directory = Directory.CreateTempSubdirectory("cloudflow-definitions-").FullName;
        await using (var first = new CloudFlowFactory(directory, null))
        {
            var client = first.CreateCloudFlowClient();
            (await client.CreateFlowAsync(Flow, FlowVersionTests.Definition(1))).EnsureOk();
            (await client.StartExecutionAsync(Flow, "before")).EnsureOk();
            await client.WaitForEndAsync(Flow, "before");
            (await client.CallAsync("UpdateFlow", ("Name", Flow), ("Definition", FlowVersionTests.Definition(2)))).EnsureOk();
            (await client.StartExecutionAsync(Flow, "after")).EnsureOk();
            await client.WaitForEndAsync(Flow, "after");
        }

        await using var second = new CloudFlowFactory(directory, null);
        var again = second.CreateCloudFlowClient();
        var before = (await again.DescribeExecutionAsync(Flow, "before")).EnsureOk();
        var after = (await again.DescribeExecutionAsync(Flow, "after")).EnsureOk();

        Assert.Equal((FlowVersionTests.Definition(1), """{"v":1}"""), (before.Text("FlowDefinition"), before.Text("Output")));
        Assert.Equal((FlowVersionTests.Definition(2), """{"v":2}"""), (after.Text("FlowDefinition"), after.Text("Output")));
    }

    [Fact]
    public async Task Definitions_SharedByFlowVersionAndExecutions_AreStoredOnceAndRemovedWhenNothingUsesThem()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        (await client.CreateFlowAsync(Flow, FlowVersionTests.Definition(1))).EnsureOk();
        (await client.CallAsync("PublishFlowVersion", ("FlowName", Flow))).EnsureOk();
        foreach (var name in new[] { "a", "b", "c" })
        {
            (await client.StartExecutionAsync(Flow, name)).EnsureOk();
            await client.WaitForEndAsync(Flow, name);
        }

        var sharedByAll = StoredDefinitions(factory);
        (await client.CallAsync("UpdateFlow", ("Name", Flow), ("Definition", FlowVersionTests.Definition(2)))).EnsureOk();
        var oneStillUsed = StoredDefinitions(factory);
        (await client.CallAsync("UpdateFlow", ("Name", Flow), ("Definition", FlowVersionTests.Definition(3)))).EnsureOk();
        var unusedRemoved = StoredDefinitions(factory);
        (await client.CallAsync("DeleteFlow", ("Name", Flow))).EnsureOk();
        var flowDeleted = StoredDefinitions(factory);

        Assert.Equal(1, sharedByAll);
        Assert.Equal(2, oneStillUsed);
        Assert.Equal(2, unusedRemoved);
        Assert.Equal(0, flowDeleted);
    }

    private static long StoredDefinitions(CloudFlowFactory factory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "cloudflow.db")};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM definitions";
        return (long)command.ExecuteScalar()!;
    }
}
