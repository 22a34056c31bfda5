using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Protocol;

[Collection(CloudFlowCollection.Name)]
public sealed class OpenApiTests(CloudFlowFactory factory)
{
    [Theory]
    [InlineData("StartExecution", "FlowName", "ExecutionName", "Input")]
    [InlineData("CreateFlow", "Name", "Definition", "Type")]
    [InlineData("GetExecutionHistory", "FlowName", "ExecutionName", "NextToken")]
    [InlineData("StartSyncExecution", "FlowName", "ExecutionName", "Input", "Qualifier")]
    [InlineData("CreateSchedule", "FlowName", "ScheduleName", "CronExpression", "Payload", "Enable")]
    [InlineData("CreateFlowAlias", "FlowName", "Name", "RoutingConfigurations")]
    [InlineData("DescribeRegions", "AcceptLanguage")]
    public async Task SwaggerDocument_DescribesEachActionWithItsParametersAndErrors(string action, params string[] parameters)
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty($"/?Action={action}").GetProperty("post");
        var names = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Action", names);
        Assert.All(parameters, p => Assert.Contains(p, names));
        Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _));
    }
}
