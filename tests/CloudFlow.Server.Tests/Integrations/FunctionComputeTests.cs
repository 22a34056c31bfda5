using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>FC:InvokeFunction against a real local function (fdl.md 11.1; decisions.md, Task integrations).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class FunctionComputeTests(CloudFlowFactory factory, LocalFunctionServer functions) : IClassFixture<LocalFunctionServer>
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    /// <summary>One FC task; <paramref name="tail"/> holds its last fields and any states after it (4-space fields).</summary>
    private static string Flow(string arn, string body = "body.$: $Input", string tail = "    End: true") => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: fc
        StartAt: Call
        States:
          - Type: Task
            Name: Call
            Action: FC:InvokeFunction
            Parameters:
              resourceArn: {arn}
              invocationType: Sync
              {body}
        {tail}
        """;

    [Fact]
    public async Task InvokeFunction_JsonAnswer_IsTheBodyOfTheRawResult()
    {
        var url = functions.Add((http, body) => http.Response.WriteAsync($$"""{"echo": {{body}}}"""));
        var function = CloudFlowClient.UniqueName("echo");
        await _client.SetFunctionAsync(function, url);
        var flow = CloudFlowClient.UniqueName("fc_ok");

        var done = await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}/LATEST"), """{"n": 1}""");

        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"Body":{"echo":{"n":1}}}""", done.Text("Output"));
        var call = Assert.Single(functions.ReceivedBy(url));
        Assert.Equal("POST", call.Method);
        Assert.StartsWith("application/json", call.ContentType);
    }

    [Fact]
    public async Task StartExecution_NameOfAFinishedExecution_IsRefusedWithoutCallingItsTaskAgain()
    {
        var url = functions.Answering(200, "{}");
        var function = CloudFlowClient.UniqueName("once");
        await _client.SetFunctionAsync(function, url);
        var flow = CloudFlowClient.UniqueName("fc_once");
        var definition = $"""
            Type: StateMachine
            SpecVersion: v1
            Name: fc
            StartAt: Before
            States:
              - Type: Pass
                Name: Before
                Next: Call
              - Type: Task
                Name: Call
                Action: FC:InvokeFunction
                Parameters:
                  resourceArn: acs:fc:cn-hangzhou:123:functions/{function}
                  invocationType: Sync
                End: true
            """;
        (await _client.CreateFlowAsync(flow, definition)).EnsureOk();
        (await _client.StartExecutionAsync(flow, "same")).EnsureOk();
        Assert.Equal("Succeeded", (await _client.WaitForEndAsync(flow, "same")).Text("Status"));

        var again = await _client.StartExecutionAsync(flow, "same");

        Assert.Equal("ExecutionAlreadyExists", again.Code);
        Assert.Single(functions.ReceivedBy(url));
    }

    [Fact]
    public async Task InvokeFunction_TextAnswerAndStringBody_TextStaysText()
    {
        var url = functions.Answering(200, "plain words", "text/plain");
        var function = CloudFlowClient.UniqueName("text");
        await _client.SetFunctionAsync(function, url);

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("fc_text"), Flow($"acs:fc:cn-hangzhou:123:functions/{function}", "body: raw event text"));

        Assert.Equal("""{"Body":"plain words"}""", done.Text("Output"));
        Assert.Equal("raw event text", Assert.Single(functions.ReceivedBy(url)).Body);
    }

    [Fact]
    public async Task InvokeFunction_FunctionErrorWithRetryThenCatch_RetriesThenCatchesFcUnknown()
    {
        var url = functions.Answering(200, """{"errorMessage":"boom"}""", "application/json", ("X-Fc-Error-Type", "UnhandledInvocationError"));
        var function = CloudFlowClient.UniqueName("boom");
        await _client.SetFunctionAsync(function, url);
        var flow = CloudFlowClient.UniqueName("fc_retry");
        const string handling = """
                Retry:
                  - Errors: [FC.Unknown]
                    MaxAttempts: 2
                    IntervalSeconds: 1
                Catch:
                  - Errors: [FC.Unknown]
                    Next: Caught
                Next: Done
              - Type: Pass
                Name: Caught
                Next: Done
              - Type: Pass
                Name: Done
                End: true
            """;

        var done = await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}", tail: handling));

        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"Error":"FC.Unknown","Cause":"{\"errorMessage\":\"boom\"}"}""", done.Text("Output"));
        Assert.Equal(3, functions.ReceivedBy(url).Count);
        Assert.Equal(3, (await _client.EventsAsync(flow, "run", "TaskFailed")).Count);
    }

    [Theory]
    [InlineData(429, "FC.ResourceExhausted", "HTTP 429: busy")]
    [InlineData(503, "FC.ResourceThrottled", "HTTP 503: busy")]
    [InlineData(404, "FC.Unknown", "HTTP 404: busy")]
    public async Task InvokeFunction_ErrorStatus_MapsToFcError(int status, string error, string cause)
    {
        var function = CloudFlowClient.UniqueName("status");
        await _client.SetFunctionAsync(function, functions.Answering(status, "busy", "text/plain"));
        var flow = CloudFlowClient.UniqueName("fc_status");

        var done = await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}"));

        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal((error, cause), await _client.FailureAsync(flow));
    }

    [Fact]
    public async Task InvokeFunction_SlowerThanTimeout_FailsWithFnFTimeoutAndTaskTimedOut()
    {
        var function = CloudFlowClient.UniqueName("slow");
        await _client.SetFunctionAsync(function, functions.Add(async (http, _) => await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted)));
        var flow = CloudFlowClient.UniqueName("fc_timeout");

        var done = await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}", tail: "    Timeout: 1\n    End: true"));

        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal("FnF.Timeout", (await _client.FailureAsync(flow)).Error);
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskTimedOut"));
    }

    [Theory]
    [InlineData("\"1\"", "FnF.Timeout")]
    [InlineData("1", "FnF.Timeout")]
    [InlineData("\"soon\"", "FnF.InvalidExpression")]
    [InlineData("-1", "FnF.InvalidExpression")]
    public async Task InvokeFunction_TimeoutFromInput_IsANumberOfSecondsOrNumericString(string limit, string error)
    {
        var function = CloudFlowClient.UniqueName("slow");
        await _client.SetFunctionAsync(function, functions.Add(async (http, _) => await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted)));
        var flow = CloudFlowClient.UniqueName("fc_timeout_expr");

        await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}", tail: "    Timeout.$: $Input.limit\n    End: true"), $$"""{"limit": {{limit}}}""");

        Assert.Equal(error, (await _client.FailureAsync(flow)).Error);
    }

    [Fact]
    public async Task InvokeFunction_ConnectionRefused_FailsWithFcInternalServerError()
    {
        var function = CloudFlowClient.UniqueName("down");
        await _client.SetFunctionAsync(function, LocalFunctionServer.RefusingUrl());
        var flow = CloudFlowClient.UniqueName("fc_down");

        var done = await _client.RunAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}"));

        var (error, cause) = await _client.FailureAsync(flow);
        Assert.Equal("FC.InternalServerError", error);
        Assert.Contains("State 'Call'", cause);
        Assert.Equal("Failed", done.Text("Status"));
    }

    [Fact]
    public async Task InvokeFunction_NoFunctionConfigured_FailsWithFunctionNotFoundNamingStateAndMock()
    {
        var flow = CloudFlowClient.UniqueName("fc_none");

        await _client.RunAsync(flow, Flow("acs:fc:cn-hangzhou:123:services/nosvc.LATEST/functions/nothing"));

        var (error, cause) = await _client.FailureAsync(flow);
        Assert.Equal("FC.FunctionNotFound", error);
        Assert.Contains("State 'Call'", cause);
        Assert.Contains("CloudFlow:Functions:nosvc:nothing", cause);
        Assert.Contains($"/_emulator/flows/{flow}/mocks", cause);
    }

    [Fact]
    public async Task InvokeFunction_MockForTheState_IsUsedInsteadOfTheFunction()
    {
        var function = CloudFlowClient.UniqueName("mocked");
        var url = functions.Answering(200, "{}");
        await _client.SetFunctionAsync(function, url);
        var flow = CloudFlowClient.UniqueName("fc_mock");
        (await _client.CreateFlowAsync(flow, Flow($"acs:fc:cn-hangzhou:123:functions/{function}"))).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Call": [{"output": {"Body": "mocked"}}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();

        var done = await _client.WaitForEndAsync(flow, "run");

        Assert.Equal("""{"Body":"mocked"}""", done.Text("Output"));
        Assert.Empty(functions.ReceivedBy(url));
    }

    [Fact]
    public async Task Task_OtherActionWithoutMock_FailsWithUnsupported()
    {
        var flow = CloudFlowClient.UniqueName("mns");
        var definition = """
            Type: StateMachine
            SpecVersion: v1
            Name: mns
            StartAt: Send
            States:
              - Type: Task
                Name: Send
                Action: MNS:SendMessage
                End: true
            """;

        await _client.RunAsync(flow, definition);

        var (error, cause) = await _client.FailureAsync(flow);
        Assert.Equal("FnF.Unsupported", error);
        Assert.Contains("State 'Send'", cause);
        Assert.Contains($"/_emulator/flows/{flow}/mocks", cause);
    }
}
