using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>api.md PublishFlowVersion, ListFlowVersions, DeleteFlowVersion, DescribeFlow FlowVersion, Qualifier, Q7.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class FlowVersionTests(CloudFlowFactory factory)
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    public static string Definition(int marker) => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Mark
        States:
          - Type: Pass
            Name: Mark
            OutputConstructor:
              v: {marker}
            End: true
        """;

    [Fact]
    public async Task PublishFlowVersion_Twice_NumbersTheVersionsOneAndTwo()
    {
        var flow = await CreateAsync(1);

        var first = (await PublishAsync(flow, "first")).EnsureOk();
        var second = (await PublishAsync(flow, null)).EnsureOk();

        Assert.Equal(["CreatedTime", "Description", "FlowName", "RequestId", "Version"], first.Body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((flow, "1", "first"), (first.Text("FlowName"), first.Text("Version"), first.Text("Description")));
        Assert.Equal(("2", ""), (second.Text("Version"), second.Text("Description")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", first.Text("CreatedTime"));
    }

    [Fact]
    public async Task PublishFlowVersion_UnknownFlow_ReturnsFlowNotExists()
    {
        var result = await PublishAsync(CloudFlowClient.UniqueName("none"), null);

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("FlowNotExists", result.Code);
    }

    [Fact]
    public async Task DescribeFlow_WithFlowVersion_ShowsThatVersionsDefinition()
    {
        var flow = await CreateAsync(1);
        (await PublishAsync(flow, null)).EnsureOk();
        (await _client.CallAsync("UpdateFlow", ("Name", flow), ("Definition", Definition(2)))).EnsureOk();

        var old = (await _client.CallAsync("DescribeFlow", ("Name", flow), ("FlowVersion", "1"))).EnsureOk();
        var current = (await _client.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();
        var missing = await _client.CallAsync("DescribeFlow", ("Name", flow), ("FlowVersion", "9"));
        var invalid = await _client.CallAsync("DescribeFlow", ("Name", flow), ("FlowVersion", "one"));

        Assert.Equal(Definition(1), old.Text("Definition"));
        Assert.Equal(Definition(2), current.Text("Definition"));
        Assert.Equal("FlowNotExists", missing.Code);
        Assert.Equal($"Flow {flow}:9 does not exist.", missing.Text("Message"));
        Assert.Equal("InvalidArgument", invalid.Code);
    }

    [Fact]
    public async Task ListFlowVersions_Paged_ReturnsEveryVersionOnceInOrder()
    {
        var flow = await CreateAsync(1);
        for (var i = 0; i < 3; i++)
        {
            (await PublishAsync(flow, $"v{i + 1}")).EnsureOk();
        }

        var first = (await _client.CallAsync("ListFlowVersions", ("FlowName", flow), ("Limit", "2"))).EnsureOk();
        var second = (await _client.CallAsync("ListFlowVersions", ("FlowName", flow), ("Limit", "2"), ("NextToken", first.Text("NextToken")))).EnsureOk();
        var badToken = await _client.CallAsync("ListFlowVersions", ("FlowName", flow), ("NextToken", "x"));

        Assert.Equal(["1", "2"], Versions(first));
        Assert.Equal(["3"], Versions(second));
        Assert.False(second.Body.TryGetProperty("NextToken", out _));
        var item = first.Body.GetProperty("FlowVersions")[0];
        Assert.Equal(["CreatedTime", "Description", "Version"], item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("v1", item.GetProperty("Description").GetString());
        Assert.Equal("InvalidArgument", badToken.Code);
    }

    [Fact]
    public async Task DeleteFlowVersion_Deleted_IsGoneAndItsNumberIsNotReused()
    {
        var flow = await CreateAsync(1);
        (await PublishAsync(flow, null)).EnsureOk();
        (await PublishAsync(flow, null)).EnsureOk();

        (await DeleteVersionAsync(flow, "2")).EnsureOk();
        var again = await DeleteVersionAsync(flow, "2");
        var next = (await PublishAsync(flow, null)).EnsureOk();
        var list = (await _client.CallAsync("ListFlowVersions", ("FlowName", flow))).EnsureOk();

        Assert.Equal("FlowNotExists", again.Code);
        Assert.Equal($"Flow {flow}:2 does not exist.", again.Text("Message"));
        Assert.Equal("3", next.Text("Version"));
        Assert.Equal(["1", "3"], Versions(list));
    }

    [Fact]
    public async Task DeleteFlowVersion_UsedByAnAlias_ReturnsInvalidArgumentNamingTheAlias()
    {
        var flow = await CreateAsync(1);
        (await PublishAsync(flow, null)).EnsureOk();
        (await _client.CallAsync("CreateFlowAlias", ("FlowName", flow), ("Name", "live"), ("RoutingConfigurations", """[{"Version":"1","Weight":100}]"""))).EnsureOk();

        var result = await DeleteVersionAsync(flow, "1");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains("live", result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartExecution_WithVersionQualifier_RunsThatVersionAndShowsItsDefinition()
    {
        var flow = await CreateAsync(1);
        (await PublishAsync(flow, null)).EnsureOk();
        (await _client.CallAsync("UpdateFlow", ("Name", flow), ("Definition", Definition(2)))).EnsureOk();

        (await _client.CallAsync("StartExecution", ("FlowName", flow), ("ExecutionName", "pinned"), ("Qualifier", "1"))).EnsureOk();
        (await _client.StartExecutionAsync(flow, "latest")).EnsureOk();
        var pinned = await _client.WaitForEndAsync(flow, "pinned");
        var latest = await _client.WaitForEndAsync(flow, "latest");

        Assert.Equal("""{"v":1}""", pinned.Text("Output"));
        Assert.Equal(Definition(1), pinned.Text("FlowDefinition"));
        Assert.Equal("""{"v":2}""", latest.Text("Output"));
        var filtered = (await _client.CallAsync("ListExecutions", ("FlowName", flow), ("Qualifier", "1"))).EnsureOk();
        Assert.Equal(["pinned"], filtered.Body.GetProperty("Executions").EnumerateArray().Select(e => e.GetProperty("Name").GetString()));
    }

    [Theory]
    [InlineData("StartExecution", "7")]
    [InlineData("StartExecution", "no_alias")]
    [InlineData("StartSyncExecution", "7")]
    public async Task Start_UnknownQualifier_ReturnsFlowNotExistsNamingIt(string action, string qualifier)
    {
        var flow = CloudFlowClient.UniqueName("qualifier");
        (await _client.CreateFlowAsync(flow, Definition(1), action == "StartSyncExecution" ? "Express" : null)).EnsureOk();

        var result = await _client.CallAsync(action, ("FlowName", flow), ("Qualifier", qualifier));

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal($"Flow {flow}:{qualifier} does not exist.", result.Text("Message"));
    }

    [Fact]
    public async Task StartSyncExecution_WithVersionQualifier_RunsThatVersion()
    {
        var flow = CloudFlowClient.UniqueName("sync_version");
        (await _client.CreateFlowAsync(flow, Definition(1), "Express")).EnsureOk();
        (await PublishAsync(flow, null)).EnsureOk();
        (await _client.CallAsync("UpdateFlow", ("Name", flow), ("Definition", Definition(2)))).EnsureOk();

        var result = (await _client.CallAsync("StartSyncExecution", ("FlowName", flow), ("Qualifier", "1"))).EnsureOk();

        Assert.Equal("""{"v":1}""", result.Text("Output"));
    }

    [Fact]
    public async Task DeleteFlow_WithVersionsAndAliases_RemovesThemSoANewFlowStartsOver()
    {
        var flow = await CreateAsync(1);
        (await PublishAsync(flow, null)).EnsureOk();
        (await PublishAsync(flow, null)).EnsureOk();
        (await _client.CallAsync("CreateFlowAlias", ("FlowName", flow), ("Name", "live"), ("RoutingConfigurations", """[{"Version":"2","Weight":100}]"""))).EnsureOk();

        (await _client.CallAsync("DeleteFlow", ("Name", flow))).EnsureOk();
        (await _client.CreateFlowAsync(flow, Definition(1))).EnsureOk();

        var versions = (await _client.CallAsync("ListFlowVersions", ("FlowName", flow))).EnsureOk();
        var aliases = (await _client.CallAsync("ListFlowAliases", ("FlowName", flow))).EnsureOk();
        Assert.Empty(versions.Body.GetProperty("FlowVersions").EnumerateArray());
        Assert.Empty(aliases.Body.GetProperty("Aliases").EnumerateArray());
        Assert.Equal("1", (await PublishAsync(flow, null)).EnsureOk().Text("Version"));
    }

    [Theory]
    [InlineData("PublishFlowVersion")]
    [InlineData("ListFlowVersions")]
    [InlineData("DeleteFlowVersion")]
    public async Task VersionAction_WithoutFlowName_ReturnsMissingRequiredParams(string action)
    {
        var result = await _client.CallAsync(action, ("FlowVersion", "1"));

        Assert.Equal("MissingRequiredParams", result.Code);
        Assert.Equal("The HTTP query 'FlowName' must be specified.", result.Text("Message"));
    }

    private static IEnumerable<string?> Versions(RpcResult list) =>
        list.Body.GetProperty("FlowVersions").EnumerateArray().Select(v => v.GetProperty("Version").GetString());

    private Task<RpcResult> PublishAsync(string flow, string? description) =>
        _client.CallAsync("PublishFlowVersion", ("FlowName", flow), ("Description", description));

    private Task<RpcResult> DeleteVersionAsync(string flow, string version) =>
        _client.CallAsync("DeleteFlowVersion", ("FlowName", flow), ("FlowVersion", version));

    private async Task<string> CreateAsync(int marker)
    {
        var flow = CloudFlowClient.UniqueName("versions");
        (await _client.CreateFlowAsync(flow, Definition(marker))).EnsureOk();
        return flow;
    }
}
