using System.Net;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Integrations;

namespace CloudFlow.Server.Tests.Reliability;

/// <summary>
/// Issue 6, hostile input from the other side: a function's answer or a report with a string escape that is not valid
/// Unicode must not become a value the history cannot store (the execution could then never store its end).
/// </summary>
public sealed class HostileAnswerTests(LocalFunctionServer functions) : IClassFixture<LocalFunctionServer>
{
    private const string Invalid = """{"a":"\ud800"}""";

    [Fact]
    public async Task FunctionAnswerWithALoneSurrogate_IsKeptAsText()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        await client.SetFunctionAsync("lone", functions.Answering(200, Invalid));
        var definition = """
            Type: StateMachine
            SpecVersion: v1
            StartAt: Call
            States:
              - Type: Task
                Name: Call
                Action: FC:InvokeFunction
                Parameters:
                  resourceArn: acs:fc:cn-hangzhou:123:functions/lone
                  invocationType: Sync
                End: true
            """;
        var ended = await ContainmentTests.RunAsync(client, definition, "{}");

        Assert.Equal("Succeeded", ended.Status);
        Assert.Equal(Invalid, (string?)JsonNode.Parse(ended.Events[^1].GetProperty("EventDetail").GetString()!)!["output"]!["Body"]);
    }

    [Fact]
    public async Task ReportTaskSucceededWithALoneSurrogate_IsInvalidArgument()
    {
        await using var factory = new CloudFlowFactory();
        var result = await factory.CreateCloudFlowClient().CallAsync("ReportTaskSucceeded", ("TaskToken", "any"), ("Output", Invalid));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (result.Status, result.Code));
        Assert.Contains("Output must be a JSON text", result.Text("Message"), StringComparison.Ordinal);
    }
}
