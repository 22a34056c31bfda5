using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>WaitForCustomCallback and ReportTaskSucceeded / ReportTaskFailed (fdl.md 11.4; api.md).</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class CallbackTests(CloudFlowFactory factory, LocalFunctionServer functions) : IClassFixture<LocalFunctionServer>
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    /// <summary>A function that receives the token in its event; <paramref name="tail"/> holds the task's last fields.</summary>
    private static string Flow(string function, string tail = "    End: true") => $"""
        Type: StateMachine
        SpecVersion: v1
        Name: callback
        StartAt: Approve
        States:
          - Type: Task
            Name: Approve
            Action: FC:InvokeFunction
            TaskMode: WaitForCustomCallback
            Parameters:
              resourceArn: acs:fc:cn-hangzhou:123:functions/{function}
              invocationType: Async
              body:
                token.$: $Context.Current.TaskToken
                order.$: $Input.order
        {tail}
        """;

    private async Task<(string Flow, string Url)> StartWaitingAsync(string tail = "    End: true")
    {
        var url = functions.Answering(202, "");
        var function = CloudFlowClient.UniqueName("approver");
        await _client.SetFunctionAsync(function, url);
        var flow = CloudFlowClient.UniqueName("cb");
        (await _client.CreateFlowAsync(flow, Flow(function, tail))).EnsureOk();
        (await _client.StartExecutionAsync(flow, "run", """{"order": 7}""")).EnsureOk();
        await _client.WaitForEventAsync(flow, "run", "TaskSubmitted");
        return (flow, url);
    }

    private string TokenSentTo(string url) => JsonNode.Parse(Assert.Single(functions.ReceivedBy(url)).Body)!["token"]!.GetValue<string>();

    [Fact]
    public async Task ReportTaskSucceeded_WaitingTask_CompletesWithOutputAndAnswersTheEventId()
    {
        var (flow, url) = await StartWaitingAsync();
        var token = TokenSentTo(url);
        Assert.StartsWith($"v1#{flow}#run#", Encoding.UTF8.GetString(Convert.FromBase64String(token)));
        Assert.Equal(7, JsonNode.Parse(functions.ReceivedBy(url)[0].Body)!["order"]!.GetValue<int>());

        var report = (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", """{"approved": true}"""))).EnsureOk();

        var done = await _client.WaitForEndAsync(flow, "run");
        Assert.Equal("Succeeded", done.Text("Status"));
        Assert.Equal("""{"approved":true}""", done.Text("Output"));
        var succeeded = Assert.Single(await _client.EventsAsync(flow, "run", "TaskSucceeded"));
        Assert.Equal(succeeded.GetProperty("EventId").GetInt64(), report.Body.GetProperty("EventId").GetInt64());
        var submitted = await _client.WaitForEventAsync(flow, "run", "TaskSubmitted");
        Assert.Equal(token, submitted["taskToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReportTaskFailed_WaitingTask_FailsWithErrorAndCause()
    {
        var (flow, url) = await StartWaitingAsync();

        (await _client.CallAsync("ReportTaskFailed", ("TaskToken", TokenSentTo(url)), ("Error", "Rejected"), ("Cause", "not today"))).EnsureOk();

        var done = await _client.WaitForEndAsync(flow, "run");
        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal(("Rejected", "not today"), await _client.FailureAsync(flow));
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskFailed"));
    }

    [Fact]
    public async Task ReportTaskFailed_CaughtError_GoesToTheCatchState()
    {
        const string tail = """
                Catch:
                  - Errors: [Rejected]
                    Next: Rejected
                End: true
              - Type: Pass
                Name: Rejected
                End: true
            """;
        var (flow, url) = await StartWaitingAsync(tail);

        (await _client.CallAsync("ReportTaskFailed", ("TaskToken", TokenSentTo(url)), ("Error", "Rejected"))).EnsureOk();

        var done = await _client.WaitForEndAsync(flow, "run");
        Assert.Equal("""{"Error":"Rejected","Cause":""}""", done.Text("Output"));
    }

    [Fact]
    public async Task ReportTaskSucceeded_TokenUsedTwice_SecondIsTaskAlreadyCompleted()
    {
        var (flow, url) = await StartWaitingAsync();
        var token = TokenSentTo(url);
        (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", "{}"))).EnsureOk();
        await _client.WaitForEndAsync(flow, "run");

        var again = await _client.CallAsync("ReportTaskFailed", ("TaskToken", token), ("Error", "Late"));

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("TaskAlreadyCompleted", again.Code);
        Assert.Equal($"Task {token} has already completed.", again.Text("Message"));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("djEjZmxvdyNydW4jNSNzaWduYXR1cmU=")]
    public async Task ReportTaskSucceeded_TokenThatDoesNotVerify_IsInvalidArgument(string token)
    {
        var answer = await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", "{}"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("InvalidArgument", answer.Code);
    }

    [Fact]
    public async Task ReportTaskSucceeded_TokenOfAnotherExecution_IsInvalidArgument()
    {
        var (flow, url) = await StartWaitingAsync();
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(TokenSentTo(url))).Split('#');
        parts[2] = "other";
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('#', parts)));

        var answer = await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", forged), ("Output", "{}"));

        Assert.Equal("InvalidArgument", answer.Code);
        await _client.CallAsync("StopExecution", ("FlowName", flow), ("ExecutionName", "run"));
    }

    [Theory]
    [InlineData("ReportTaskSucceeded", "Output", "not json", "InvalidArgument")]
    [InlineData("ReportTaskSucceeded", "Output", null, "MissingRequiredParams")]
    [InlineData("ReportTaskFailed", "Error", null, "MissingRequiredParams")]
    public async Task Report_BadParameter_IsRejected(string action, string name, string? value, string code)
    {
        var answer = await _client.CallAsync(action, ("TaskToken", "dG9rZW4="), (name, value));

        Assert.Equal(code, answer.Code);
    }

    [Theory]
    [InlineData("Error", 129)]
    [InlineData("Cause", 4097)]
    public async Task ReportTaskFailed_ErrorOrCauseOutsideItsLength_IsInvalidArgument(string name, int length)
    {
        (string, string?)[] parameters = name == "Error"
            ? [("TaskToken", "dG9rZW4="), ("Error", new string('e', length))]
            : [("TaskToken", "dG9rZW4="), ("Error", "Rejected"), (name, new string('c', length))];

        var answer = await _client.CallAsync("ReportTaskFailed", parameters);

        Assert.Equal("InvalidArgument", answer.Code);
        Assert.Contains(name, answer.Body.GetProperty("Message").GetString());
    }

    [Fact]
    public async Task Callback_FunctionReportsBeforeItAnswers_TaskCompletes()
    {
        var function = CloudFlowClient.UniqueName("eager");
        await _client.SetFunctionAsync(function, functions.Add(async (http, body) =>
        {
            var token = JsonNode.Parse(body)!["token"]!.GetValue<string>();
            var report = await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", """{"early": true}"""));
            await http.Response.WriteAsync(report.Body.GetRawText());
        }));
        var flow = CloudFlowClient.UniqueName("cb_eager");

        var done = await _client.RunAsync(flow, Flow(function));

        Assert.Equal("""{"early":true}""", done.Text("Output"));
    }

    [Fact]
    public async Task Callback_TimeoutPasses_TaskTimesOutAndALateReportIsTaskAlreadyCompleted()
    {
        var (flow, url) = await StartWaitingAsync("    Timeout: 1\n    End: true");

        var done = await _client.WaitForEndAsync(flow, "run");
        var late = await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", TokenSentTo(url)), ("Output", "{}"));

        Assert.Equal("Failed", done.Text("Status"));
        Assert.Equal("FnF.Timeout", (await _client.FailureAsync(flow)).Error);
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskTimedOut"));
        Assert.Equal("TaskAlreadyCompleted", late.Code);
    }

    [Fact]
    public async Task Callback_MockedInvocation_StillWaitsForTheReport()
    {
        var flow = CloudFlowClient.UniqueName("cb_mock");
        (await _client.CreateFlowAsync(flow, Flow("not_configured"))).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Approve": [{"output": {"queued": true}}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        var submitted = await _client.WaitForEventAsync(flow, "run", "TaskSubmitted");
        Assert.Equal("""{"queued":true}""", submitted["output"]!.ToJsonString());

        (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", submitted["taskToken"]!.GetValue<string>()), ("Output", "[1,2]"))).EnsureOk();

        Assert.Equal("[1,2]", (await _client.WaitForEndAsync(flow, "run")).Text("Output"));
    }

    [Fact]
    public async Task Callback_MockedError_FailsTheSubmission()
    {
        var flow = CloudFlowClient.UniqueName("cb_mock_err");
        (await _client.CreateFlowAsync(flow, Flow("not_configured"))).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Approve": [{"error": "FC.ResourceThrottled", "cause": "busy"}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();

        await _client.WaitForEndAsync(flow, "run");

        Assert.Equal(("FC.ResourceThrottled", "busy"), await _client.FailureAsync(flow));
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskSubmitFailed"));
        Assert.Empty(await _client.EventsAsync(flow, "run", "TaskSubmitted"));
    }

    [Fact]
    public async Task StartExecution_CallbackFnFTaskToken_ChildEndIsReportedToTheParentTask()
    {
        var (parent, url) = await StartWaitingAsync();
        var child = CloudFlowClient.UniqueName("child");
        (await _client.CreateFlowAsync(child, """
            Type: StateMachine
            SpecVersion: v1
            Name: child
            StartAt: Answer
            States:
              - Type: Pass
                Name: Answer
                OutputConstructor:
                  fromChild.$: $Input.n
                End: true
            """)).EnsureOk();

        (await _client.CallAsync("StartExecution", ("FlowName", child), ("Input", """{"n": 3}"""), ("CallbackFnFTaskToken", TokenSentTo(url)))).EnsureOk();

        Assert.Equal("""{"fromChild":3}""", (await _client.WaitForEndAsync(parent, "run")).Text("Output"));
    }

    [Fact]
    public async Task StartExecution_CallbackFnFTaskTokenThatDoesNotVerify_IsInvalidArgument()
    {
        var flow = CloudFlowClient.UniqueName("cb_bad_parent");
        (await _client.CreateFlowAsync(flow, Flow("unused"))).EnsureOk();

        var answer = await _client.CallAsync("StartExecution", ("FlowName", flow), ("CallbackFnFTaskToken", "bm9wZQ=="));

        Assert.Equal("InvalidArgument", answer.Code);
    }

    [Fact]
    public async Task StopExecution_WaitingTask_ALaterReportIsTaskAlreadyCompleted()
    {
        var (flow, url) = await StartWaitingAsync();
        (await _client.CallAsync("StopExecution", ("FlowName", flow), ("ExecutionName", "run"))).EnsureOk();

        var late = await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", TokenSentTo(url)), ("Output", "{}"));

        Assert.Equal("TaskAlreadyCompleted", late.Code);
    }

    [Fact]
    public async Task Callback_RetryAfterTimeout_KeepsTheVisitTokenAndTheReportCompletesTheRetry()
    {
        const string tail = """
                Timeout: 1
                Retry:
                  - Errors: [FnF.Timeout]
                    MaxAttempts: 1
                    IntervalSeconds: 1
                End: true
            """;
        var (flow, url) = await StartWaitingAsync(tail);
        for (var attempt = 0; functions.ReceivedBy(url).Count < 2; attempt++)
        {
            Assert.True(attempt < 400, "The retry never called the function.");
            await Task.Delay(25);
        }

        var tokens = functions.ReceivedBy(url).Select(r => JsonNode.Parse(r.Body)!["token"]!.GetValue<string>()).Distinct();
        (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", Assert.Single(tokens)), ("Output", """{"second": true}"""))).EnsureOk();

        Assert.Equal("""{"second":true}""", (await _client.WaitForEndAsync(flow, "run")).Text("Output"));
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskTimedOut"));
    }

    [Fact]
    public async Task Callback_ParallelBranches_EachVisitHasItsOwnToken()
    {
        var flow = CloudFlowClient.UniqueName("cb_parallel");
        (await _client.CreateFlowAsync(flow, """
            Type: StateMachine
            SpecVersion: v1
            Name: parallel
            StartAt: Both
            States:
              - Type: Parallel
                Name: Both
                Branches:
                  - StartAt: Left
                    States:
                      - Type: Task
                        Name: Left
                        Action: Demo:Approve
                        TaskMode: WaitForCustomCallback
                        End: true
                  - StartAt: Right
                    States:
                      - Type: Task
                        Name: Right
                        Action: Demo:Approve
                        TaskMode: WaitForCustomCallback
                        End: true
                End: true
            """)).EnsureOk();
        await _client.PutMocksAsync(flow, JsonNode.Parse("""{"Left": [{"output": {}}], "Right": [{"output": {}}]}""")!);
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        List<System.Text.Json.JsonElement> submitted = [];
        for (var attempt = 0; submitted.Count < 2; attempt++)
        {
            Assert.True(attempt < 400, "Both branches never waited.");
            await Task.Delay(25);
            submitted = await _client.EventsAsync(flow, "run", "TaskSubmitted");
        }

        foreach (var e in submitted)
        {
            var token = JsonNode.Parse(e.GetProperty("EventDetail").GetString()!)!["taskToken"]!.GetValue<string>();
            (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", $"\"{e.GetProperty("StepName").GetString()}\""))).EnsureOk();
        }

        Assert.Equal("""{"Branch0":"Left","Branch1":"Right"}""", (await _client.WaitForEndAsync(flow, "run")).Text("Output"));
    }
}
