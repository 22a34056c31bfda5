using System.Net;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>api.md CreateFlowAlias, UpdateFlowAlias, DescribeFlowAlias, ListFlowAliases, DeleteFlowAlias, Qualifier, Q7.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class FlowAliasTests(CloudFlowFactory factory)
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task CreateFlowAlias_Valid_AnswersTheAliasAtTheTopLevel()
    {
        var flow = await CreateWithVersionsAsync(1);

        var created = (await CreateAliasAsync(flow, "live", """[{"Version":"1","Weight":100}]""", "the live one")).EnsureOk();

        Assert.Equal(["CreatedTime", "Description", "FlowName", "Name", "RequestId", "RoutingConfigurations"], Names(created.Body));
        Assert.Equal((flow, "live", "the live one"), (created.Text("FlowName"), created.Text("Name"), created.Text("Description")));
        Assert.Equal("""[{"Version":"1","Weight":100}]""", created.Body.GetProperty("RoutingConfigurations").GetRawText());
    }

    [Fact]
    public async Task DescribeFlowAlias_AfterUpdate_WrapsTheChangedAliasInAlias()
    {
        var flow = await CreateWithVersionsAsync(2);
        (await CreateAliasAsync(flow, "live", """[{"Version":"1","Weight":100}]""", "kept")).EnsureOk();

        var updated = (await _client.CallAsync("UpdateFlowAlias", ("FlowName", flow), ("Name", "live"), ("RoutingConfigurations", """[{"Version":1,"Weight":"30"},{"Version":"2","Weight":70}]"""))).EnsureOk();
        var described = (await _client.CallAsync("DescribeFlowAlias", ("FlowName", flow), ("Name", "live"))).EnsureOk();

        Assert.Equal(["Alias", "RequestId"], Names(updated.Body));
        Assert.Equal(updated.Body.GetProperty("Alias").GetRawText(), described.Body.GetProperty("Alias").GetRawText());
        var alias = described.Body.GetProperty("Alias");
        Assert.Equal(["CreatedTime", "Description", "Name", "RoutingConfigurations"], Names(alias));
        Assert.Equal("kept", alias.GetProperty("Description").GetString());
        Assert.Equal("""[{"Version":"1","Weight":30},{"Version":"2","Weight":70}]""", alias.GetProperty("RoutingConfigurations").GetRawText());
    }

    [Fact]
    public async Task ListFlowAliases_Paged_ReturnsEachAliasOnceByName()
    {
        var flow = await CreateWithVersionsAsync(1);
        foreach (var name in new[] { "c", "a", "b" })
        {
            (await CreateAliasAsync(flow, name, """[{"Version":"1","Weight":100}]""")).EnsureOk();
        }

        var first = (await _client.CallAsync("ListFlowAliases", ("FlowName", flow), ("Limit", "2"))).EnsureOk();
        var second = (await _client.CallAsync("ListFlowAliases", ("FlowName", flow), ("Limit", "2"), ("NextToken", first.Text("NextToken")))).EnsureOk();

        Assert.Equal(["a", "b"], AliasNames(first));
        Assert.Equal(["c"], AliasNames(second));
        Assert.False(second.Body.TryGetProperty("NextToken", out _));
    }

    [Fact]
    public async Task DeleteFlowAlias_Deleted_IsGone()
    {
        var flow = await CreateWithVersionsAsync(1);
        (await CreateAliasAsync(flow, "old", """[{"Version":"1","Weight":100}]""")).EnsureOk();

        (await _client.CallAsync("DeleteFlowAlias", ("FlowName", flow), ("Name", "old"))).EnsureOk();
        var described = await _client.CallAsync("DescribeFlowAlias", ("FlowName", flow), ("Name", "old"));
        var deletedAgain = await _client.CallAsync("DeleteFlowAlias", ("FlowName", flow), ("Name", "old"));
        var updated = await _client.CallAsync("UpdateFlowAlias", ("FlowName", flow), ("Name", "old"), ("Description", "x"));

        Assert.Equal(HttpStatusCode.NotFound, described.Status);
        Assert.Equal($"Flow {flow}:old does not exist.", described.Text("Message"));
        Assert.Equal("FlowNotExists", deletedAgain.Code);
        Assert.Equal("FlowNotExists", updated.Code);
        (await _client.CallAsync("DeleteFlowVersion", ("FlowName", flow), ("FlowVersion", "1"))).EnsureOk();
    }

    [Theory]
    [InlineData("""[{"Version":"1","Weight":60}]""", "InvalidArgument")]
    [InlineData("""[{"Version":"1","Weight":50},{"Version":"1","Weight":50}]""", "InvalidArgument")]
    [InlineData("""[{"Version":"1","Weight":101},{"Version":"2","Weight":-1}]""", "InvalidArgument")]
    [InlineData("""[]""", "InvalidArgument")]
    [InlineData("""[1]""", "InvalidArgument")]
    [InlineData("""{"Version":"1"}""", "InvalidArgument")]
    [InlineData("""not json""", "InvalidArgument")]
    [InlineData("""[{"Version":"9","Weight":100}]""", "FlowNotExists")]
    [InlineData(null, "MissingRequiredParams")]
    public async Task CreateFlowAlias_BadRoutingConfigurations_ReturnsDocumentedCode(string? routing, string code)
    {
        var flow = await CreateWithVersionsAsync(2);

        var result = await CreateAliasAsync(flow, "bad", routing);

        Assert.Equal(code, result.Code);
    }

    [Fact]
    public async Task CreateFlowAlias_NameTaken_ReturnsFlowAlreadyExists()
    {
        var flow = await CreateWithVersionsAsync(1);
        (await CreateAliasAsync(flow, "twice", """[{"Version":"1","Weight":100}]""")).EnsureOk();

        var result = await CreateAliasAsync(flow, "twice", """[{"Version":"1","Weight":100}]""");

        Assert.Equal(HttpStatusCode.Conflict, result.Status);
        Assert.Equal("FlowAlreadyExists", result.Code);
    }

    [Fact]
    public async Task StartExecution_WithAliasQualifier_RunsTheVersionsItRoutesTo()
    {
        var flow = await CreateWithVersionsAsync(2);
        (await CreateAliasAsync(flow, "only_two", """[{"Version":"2","Weight":100}]""")).EnsureOk();
        (await CreateAliasAsync(flow, "split", """[{"Version":"1","Weight":50},{"Version":"2","Weight":50}]""")).EnsureOk();

        (await _client.CallAsync("StartExecution", ("FlowName", flow), ("ExecutionName", "two"), ("Qualifier", "only_two"))).EnsureOk();
        var split = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            _client.CallAsync("StartExecution", ("FlowName", flow), ("ExecutionName", $"split_{i}"), ("Qualifier", "split"))));
        var two = await _client.WaitForEndAsync(flow, "two");
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var started in split)
        {
            outputs.Add((await _client.WaitForEndAsync(flow, started.EnsureOk().Text("Name"))).Text("Output"));
        }

        Assert.Equal("""{"v":2}""", two.Text("Output"));
        Assert.Equal(FlowVersionTests.Definition(2), two.Text("FlowDefinition"));
        Assert.Equal(["""{"v":1}""", """{"v":2}"""], outputs.Order(StringComparer.Ordinal));
        Assert.Equal(["two"], await ListedAsync(flow, "only_two"));
        Assert.Contains("two", await ListedAsync(flow, "2"));
        Assert.Equal(40, (await ListedAsync(flow, "split")).Count);
    }

    private async Task<List<string?>> ListedAsync(string flow, string qualifier)
    {
        var list = (await _client.CallAsync("ListExecutions", ("FlowName", flow), ("Qualifier", qualifier), ("Limit", "100"))).EnsureOk();
        return [.. list.Body.GetProperty("Executions").EnumerateArray().Select(e => e.GetProperty("Name").GetString())];
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static IEnumerable<string?> AliasNames(RpcResult list) =>
        list.Body.GetProperty("Aliases").EnumerateArray().Select(a => a.GetProperty("Name").GetString());

    private Task<RpcResult> CreateAliasAsync(string flow, string name, string? routing, string? description = null) =>
        _client.CallAsync("CreateFlowAlias", ("FlowName", flow), ("Name", name), ("RoutingConfigurations", routing), ("Description", description));

    /// <summary>A flow whose version n outputs {"v": n}.</summary>
    private async Task<string> CreateWithVersionsAsync(int count)
    {
        var flow = CloudFlowClient.UniqueName("aliases");
        (await _client.CreateFlowAsync(flow, FlowVersionTests.Definition(1))).EnsureOk();
        for (var v = 1; v <= count; v++)
        {
            (await _client.CallAsync("UpdateFlow", ("Name", flow), ("Definition", FlowVersionTests.Definition(v)))).EnsureOk();
            (await _client.CallAsync("PublishFlowVersion", ("FlowName", flow))).EnsureOk();
        }

        return flow;
    }
}
