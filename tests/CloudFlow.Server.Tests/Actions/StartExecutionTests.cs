using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>Every rule and error of api.md StartExecution (and start-execution-page.txt) that open mode can produce.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class StartExecutionTests(CloudFlowFactory factory)
{
    internal const string PassFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: A
        States:
          - Type: Pass
            Name: A
            End: true
        """;

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task StartExecution_WithoutName_GeneratesOneAndRuns()
    {
        var flow = await CreateAsync(PassFlow);
        var started = (await _client.StartExecutionAsync(flow, input: """{"a":1}""")).EnsureOk();
        Assert.Equal("Running", started.Text("Status"));
        Assert.Matches("^execution-[0-9a-f-]{36}$", started.Text("Name"));
        var done = await _client.WaitForEndAsync(flow, started.Text("Name"));
        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"a":1}""", done.Text("Output"));
    }

    [Fact]
    public async Task StartExecution_NoInput_RunsWithEmptyObject()
    {
        var flow = await CreateAsync(PassFlow);
        (await _client.StartExecutionAsync(flow, "e1")).EnsureOk();
        var done = await _client.WaitForEndAsync(flow, "e1");
        Assert.Equal("{}", done.Text("Input"));
        Assert.Equal("{}", done.Text("Output"));
    }

    [Fact]
    public async Task StartExecution_SameNameAfterItFinished_ReturnsExecutionAlreadyExists()
    {
        var flow = await CreateAsync(PassFlow);
        (await _client.StartExecutionAsync(flow, "once")).EnsureOk();
        await _client.WaitForEndAsync(flow, "once");
        var again = await _client.StartExecutionAsync(flow, "once");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("ExecutionAlreadyExists", again.Code);
        Assert.Equal($"Execution once for flow {flow} already exists.", again.Text("Message"));
    }

    [Fact]
    public async Task StartExecution_FortyIdenticalCallsWhileRunning_CreateOneExecutionForAll()
    {
        await using var manual = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = manual.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("race");
        (await client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.StartExecutionAsync(flow, "same", """{"n":1}""")));

        Assert.All(results, r => Assert.Equal("Running", r.EnsureOk().Text("Status")));
        Assert.Single(results.Select(r => r.Text("StartedTime")).Distinct());
        var list = (await client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk();
        Assert.Single(list.Body.GetProperty("Executions").EnumerateArray());
    }

    [Fact]
    public async Task StartExecution_SameNameWhileRunning_ReturnsRunningExecution()
    {
        await using var manual = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = manual.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("running");
        (await client.CreateFlowAsync(flow, WaitFlow)).EnsureOk();
        var first = (await client.StartExecutionAsync(flow, "e", """{"x":1}""")).EnsureOk();

        var second = (await client.StartExecutionAsync(flow, "e", """{"x":2}""")).EnsureOk();

        Assert.Equal("Running", second.Text("Status"));
        Assert.Equal(first.Text("StartedTime"), second.Text("StartedTime"));
        Assert.Equal("""{"x":1}""", second.Text("Input"));
    }

    [Theory]
    [InlineData("[1,2]", "Input must be a JSON object.")]
    [InlineData("\"text\"", "Input must be a JSON object.")]
    [InlineData("{not json", "Input is not valid JSON")]
    public async Task StartExecution_InputNotAJsonObject_ReturnsInvalidArgument(string input, string message)
    {
        var flow = await CreateAsync(PassFlow);
        var result = await _client.StartExecutionAsync(flow, input: input);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains(message, result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartExecution_InputOverTheLimit_ReturnsInvalidArgumentNamingTheLimit()
    {
        var flow = await CreateAsync(PassFlow);
        var result = await _client.StartExecutionAsync(flow, input: $$"""{"big":"{{new string('x', 70_000)}}"}""");
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Contains("65536", result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartExecution_UnknownFlow_ReturnsFlowNotExists404()
    {
        var result = await _client.StartExecutionAsync("no_such_flow_" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("FlowNotExists", result.Code);
    }

    [Fact]
    public async Task StartExecution_ExpressFlow_ReturnsActionNotSupported()
    {
        var flow = CloudFlowClient.UniqueName("express");
        (await _client.CallAsync("CreateFlow", ("Name", flow), ("Definition", PassFlow), ("Description", ""), ("Type", "FDL"), ("ExecutionMode", "Express"))).EnsureOk();
        var result = await _client.StartExecutionAsync(flow);
        Assert.Equal("ActionNotSupported", result.Code);
        Assert.Equal("Express execution is not supported.", result.Text("Message"));
    }

    [Theory]
    [InlineData("FlowName", "", "MissingRequiredParams")]
    [InlineData("FlowName", "1starts_with_digit", "InvalidArgument")]
    [InlineData("ExecutionName", "has space", "InvalidArgument")]
    public async Task StartExecution_BadParameter_ReturnsDocumentedCode(string parameter, string value, string code)
    {
        var flow = await CreateAsync(PassFlow);
        var result = parameter == "FlowName"
            ? await _client.StartExecutionAsync(value)
            : await _client.StartExecutionAsync(flow, value);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(code, result.Code);
    }

    internal const string WaitFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: w
        StartAt: W
        States:
          - Type: Wait
            Name: W
            Seconds: 300
            End: true
        """;

    private async Task<string> CreateAsync(string definition)
    {
        var flow = CloudFlowClient.UniqueName("start");
        (await _client.CreateFlowAsync(flow, definition)).EnsureOk();
        return flow;
    }
}
