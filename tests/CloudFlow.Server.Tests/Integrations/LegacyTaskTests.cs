using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>Legacy task steps against real local functions (fdl-legacy.md 3.2, 5): the result is the step's $local.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class LegacyTaskTests(CloudFlowFactory factory, LocalFunctionServer functions) : IClassFixture<LocalFunctionServer>
{
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    private async Task<string> FunctionAsync(string url)
    {
        var service = CloudFlowClient.UniqueName("svc");
        await _client.SetFunctionAsync($"{service}/fn", url);
        return $"acs:fc:::services/{service}/functions/fn";
    }

    [Fact]
    public async Task Task_FunctionAnswer_IsTheLocalAndMergesIntoTheFlowOutput()
    {
        var url = functions.Add((http, body) => http.Response.WriteAsync($$"""{"total": {{JsonNode.Parse(body)!["price"]}}, "currency": "EUR"}"""));
        var arn = await FunctionAsync(url);

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("legacy_fc"), $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: price
                resourceArn: {arn}
                inputMappings:
                  - target: price
                    source: $input.amount
                outputMappings:
                  - target: charged
                    source: $local.total
            """, """{"amount": 12}""");

        Assert.Equal("""{"charged":12}""", done.Text("Output"));
        Assert.Equal("""{"price":12}""", Assert.Single(functions.ReceivedBy(url)).Body);
    }

    [Fact]
    public async Task Task_FunctionErrorRetriedThenCaught_ErrorMappingsSeeTheError()
    {
        var url = functions.Answering(500, "kaput", "text/plain", ("X-Fc-Error-Type", "UnhandledInvocationError"));
        var arn = await FunctionAsync(url);

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("legacy_fc_err"), $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: call
                resourceArn: {arn}
                retry:
                  - errors: [FC.Unknown]
                    intervalSeconds: 1
                    maxAttempts: 1
                catch:
                  - errors: [FnF.ALL]
                    goto: after
                errorMappings:
                  - target: failure
                    source: $local.error
                  - target: why
                    source: $local.cause
              - type: pass
                name: after
            """);

        Assert.Equal("""{"failure":"FC.Unknown","why":"kaput"}""", done.Text("Output"));
        Assert.Equal(2, functions.ReceivedBy(url).Count);
    }

    [Theory]
    [InlineData(429, "FC.ResourceExhausted")]
    [InlineData(503, "FC.ResourceThrottled")]
    [InlineData(0, "FC.InternalServerError")]
    public async Task Task_BusyOrUnreachableFunction_FailsWithTheFcError(int status, string error)
    {
        var arn = await FunctionAsync(status == 0 ? LocalFunctionServer.RefusingUrl() : functions.Answering(status, "busy", "text/plain"));
        var flow = CloudFlowClient.UniqueName("legacy_fc_busy");

        await _client.RunAsync(flow, $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: call
                resourceArn: {arn}
            """);

        Assert.Equal(error, (await _client.FailureAsync(flow)).Error);
    }

    [Fact]
    public async Task Task_TimeoutSeconds_FailsWithFnFTaskTimeout()
    {
        var arn = await FunctionAsync(functions.Add(async (http, _) => await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted)));
        var flow = CloudFlowClient.UniqueName("legacy_fc_slow");

        await _client.RunAsync(flow, $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: slow
                resourceArn: {arn}
                timeoutSeconds: 1
            """);

        Assert.Equal("FnF.TaskTimeout", (await _client.FailureAsync(flow)).Error);
        Assert.Single(await _client.EventsAsync(flow, "run", "TaskTimedOut"));
    }

    [Fact]
    public async Task Task_WaitForCallback_TokenFromContextInInputMappings()
    {
        var url = functions.Answering(200, "{}");
        var arn = await FunctionAsync(url);
        var flow = CloudFlowClient.UniqueName("legacy_cb");
        (await _client.CreateFlowAsync(flow, $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: approve
                resourceArn: {arn}
                pattern: waitForCallback
                inputMappings:
                  - target: token
                    source: $context.task.token
            """)).EnsureOk();
        (await _client.StartExecutionAsync(flow, "run")).EnsureOk();
        await _client.WaitForEventAsync(flow, "run", "TaskSubmitted");
        var token = JsonNode.Parse(Assert.Single(functions.ReceivedBy(url)).Body)!["token"]!.GetValue<string>();

        (await _client.CallAsync("ReportTaskSucceeded", ("TaskToken", token), ("Output", """{"approved": "yes"}"""))).EnsureOk();

        Assert.Equal("""{"approved":"yes"}""", (await _client.WaitForEndAsync(flow, "run")).Text("Output"));
    }

    [Fact]
    public async Task Task_ChildFlowWithSyncPattern_LocalIsTheChildOutput()
    {
        var child = CloudFlowClient.UniqueName("legacy_child");
        (await _client.CreateFlowAsync(child, """
            version: v1
            type: flow
            steps:
              - type: pass
                name: answer
                outputMappings:
                  - target: got
                    source: $input.value
            """)).EnsureOk();

        var done = await _client.RunAsync(CloudFlowClient.UniqueName("legacy_parent"), $"""
            version: v1
            type: flow
            steps:
              - type: task
                name: sub
                resourceArn: acs:fnf:::flow/{child}
                pattern: sync
            """, """{"value": 9}""");

        Assert.Equal("""{"got":9}""", done.Text("Output"));
    }
}
