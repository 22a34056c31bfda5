using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Reliability;

/// <summary>Issue 6, limits (api.md 5, fdl.md 4.1, decisions.md Sizes): each breach is its documented error, never a 500 or a cut value.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class DataLimitTests(CloudFlowFactory factory)
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    private const string DoublingInput = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Double
        States:
          - Type: Pass
            Name: Double
            InputConstructor:
              a.$: $Input.s
              b.$: $Input.s
            End: true
        """;

    private const string WrappingLoop = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Wrap
        States:
          - Type: Pass
            Name: Wrap
            OutputConstructor:
              w.$: $Input
              n.$: $Input.n + 1
            Next: Check
          - Type: Choice
            Name: Check
            Branches:
              - Condition: $Input.n < 100
                Next: Wrap
            Default: Done
          - Type: Pass
            Name: Done
            End: true
        """;

    [Fact]
    public async Task StateInputOverTheDataLimit_IsDataSizeExceeded()
    {
        var input = $$"""{"s":"{{new string('x', 40_000)}}"}""";
        var failed = await ContainmentTests.RunAsync(_client, DoublingInput, input);
        Assert.Equal(("Failed", "FnF.DataSizeExceeded"), (failed.Status, failed.Error));
        Assert.Contains("The input of state 'Double' is 80", failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateDataNestedPastTheJsonDepth_IsDataSizeExceeded()
    {
        var failed = await ContainmentTests.RunAsync(_client, WrappingLoop, """{"n":0}""");
        Assert.Equal(("Failed", "FnF.DataSizeExceeded"), (failed.Status, failed.Error));
        Assert.Contains("nests deeper than 64 levels", failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StringToJsonOfALoneSurrogate_FailsTheStateInsteadOfTheHistory()
    {
        const string definition = "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    OutputConstructor:\n      x.$: stringToJson($Input.t)\n    End: true";
        var failed = await ContainmentTests.RunAsync(_client, definition, """{"t":"{\"a\":\"\\ud800\"}"}""");
        Assert.Equal(("Failed", "FnF.InvalidExpression"), (failed.Status, failed.Error));
        Assert.Contains("not valid Unicode", failed.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Error", 129)]
    [InlineData("Cause", 4097)]
    public async Task StopExecutionErrorOrCauseTooLong_IsInvalidArgument(string parameter, int length)
    {
        var result = await _client.CallAsync("StopExecution", ("FlowName", "f"), ("ExecutionName", "e"), (parameter, new string('x', length)));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (result.Status, result.Code));
    }

    [Theory]
    [InlineData("CreateFlow", "Name")]
    [InlineData("StartExecution", "ExecutionName")]
    public async Task NameOf129Characters_IsInvalidArgument(string action, string parameter)
    {
        var result = await _client.CallAsync(action, ("Name", "f"), ("FlowName", "f"), ("Definition", "x"), ("Type", "FDL"), (parameter, "n" + new string('x', 128)));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (result.Status, result.Code));
    }

    [Fact]
    public async Task DefinitionNearTheRequestLimit_IsStoredWhole()
    {
        var flow = CloudFlowClient.UniqueName("big");
        var states = string.Concat(Enumerable.Range(0, 6_000).Select(i => $"  - Type: Pass\n    Name: S{i}\n    {(i == 5_999 ? "End: true" : $"Next: S{i + 1}")}\n"));
        var definition = "Type: StateMachine\nSpecVersion: v1\nStartAt: S0\nStates:\n" + states + "# " + new string('p', 400_000) + "\n";
        (await _client.CreateFlowAsync(flow, definition)).EnsureOk();
        Assert.Equal(definition, (await _client.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk().Text("Definition"));
    }

    [Fact]
    public async Task DefinitionOverTheRequestLimit_IsEntityTooLarge()
    {
        var result = await _client.CreateFlowAsync(CloudFlowClient.UniqueName("huge"), "# " + new string('p', 1_100_000));
        Assert.Equal((HttpStatusCode.BadRequest, "EntityTooLarge"), (result.Status, result.Code));
    }
}
