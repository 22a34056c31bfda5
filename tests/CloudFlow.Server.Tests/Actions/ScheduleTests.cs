using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>api.md CreateSchedule, UpdateSchedule, DeleteSchedule, DescribeSchedule, ListSchedules and Q6.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class ScheduleTests(CloudFlowFactory factory)
{
    private const string Time = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";
    private const string EveryMinute = "0 * * * * *";

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task CreateSchedule_WithoutEnable_CreatesItEnabled()
    {
        var flow = await CreateFlowAsync();

        var created = (await CreateAsync(flow, "nightly", "0 0 2 * * *", """{"key":"value"}""", description: "at two")).EnsureOk();

        Assert.Equal(
            ["CreatedTime", "CronExpression", "Description", "Enable", "LastModifiedTime", "Payload", "RequestId", "ScheduleId", "ScheduleName"],
            created.Body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("nightly", "0 0 2 * * *", """{"key":"value"}""", "at two"),
            (created.Text("ScheduleName"), created.Text("CronExpression"), created.Text("Payload"), created.Text("Description")));
        Assert.True(created.Body.GetProperty("Enable").GetBoolean());
        Assert.True(Guid.TryParse(created.Text("ScheduleId"), out _));
        Assert.Matches(Time, created.Text("CreatedTime"));
        Assert.Equal(created.Text("CreatedTime"), created.Text("LastModifiedTime"));
    }

    [Fact]
    public async Task DescribeSchedule_CreatedDisabled_ShowsItAsCreated()
    {
        var flow = await CreateFlowAsync();
        var created = (await CreateAsync(flow, "off", "@every 5m", enable: "FALSE")).EnsureOk();

        var described = (await _client.CallAsync("DescribeSchedule", ("FlowName", flow), ("ScheduleName", "off"))).EnsureOk();

        Assert.False(described.Body.GetProperty("Enable").GetBoolean());
        Assert.False(described.Body.TryGetProperty("Payload", out _));
        Assert.Equal(created.Text("ScheduleId"), described.Text("ScheduleId"));
        Assert.Equal("@every 5m", described.Text("CronExpression"));
    }

    [Fact]
    public async Task CreateSchedule_NameTaken_ReturnsScheduleAlreadyExists()
    {
        var flow = await CreateFlowAsync();
        (await CreateAsync(flow, "once", EveryMinute)).EnsureOk();

        var again = await CreateAsync(flow, "once", EveryMinute);

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("ScheduleAlreadyExists", again.Code);
        Assert.Equal($"The schedule once already exists in flow {flow}.", again.Text("Message"));
    }

    [Theory]
    [InlineData("* * * * *", null, null, "InvalidArgument")]
    [InlineData("0 61 * * * *", null, null, "InvalidArgument")]
    [InlineData("every minute", null, null, "InvalidArgument")]
    [InlineData("@every 0m", null, null, "InvalidArgument")]
    [InlineData("@every 5h", null, null, "InvalidArgument")]
    [InlineData("@hourly", null, null, "InvalidArgument")]
    [InlineData(EveryMinute, "[1]", null, "InvalidArgument")]
    [InlineData(EveryMinute, "{bad", null, "InvalidArgument")]
    [InlineData(EveryMinute, null, "yes", "InvalidArgument")]
    [InlineData(null, null, null, "MissingRequiredParams")]
    public async Task CreateSchedule_BadParameter_ReturnsDocumentedCode(string? cron, string? payload, string? enable, string code)
    {
        var flow = await CreateFlowAsync();

        var result = await CreateAsync(flow, "bad", cron, payload, enable);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(code, result.Code);
    }

    [Fact]
    public async Task CreateSchedule_UnknownOrExpressFlow_IsRefused()
    {
        var express = CloudFlowClient.UniqueName("express");
        (await _client.CreateFlowAsync(express, FlowVersionTests.Definition(1), "Express")).EnsureOk();

        var unknown = await CreateAsync(CloudFlowClient.UniqueName("none"), "s", EveryMinute);
        var onExpress = await CreateAsync(express, "s", EveryMinute);

        Assert.Equal("FlowNotExists", unknown.Code);
        Assert.Equal("InvalidArgument", onExpress.Code);
        Assert.Contains("Express", onExpress.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateSchedule_SomeFields_KeepsTheOthers()
    {
        var flow = await CreateFlowAsync();
        var created = (await CreateAsync(flow, "edit", EveryMinute, """{"a":1}""", description: "before")).EnsureOk();

        var updated = (await _client.CallAsync("UpdateSchedule", ("FlowName", flow), ("ScheduleName", "edit"), ("Description", "after"), ("Enable", "false"))).EnsureOk();
        var badCron = await _client.CallAsync("UpdateSchedule", ("FlowName", flow), ("ScheduleName", "edit"), ("CronExpression", "nope"));
        var described = (await _client.CallAsync("DescribeSchedule", ("FlowName", flow), ("ScheduleName", "edit"))).EnsureOk();

        Assert.Equal(("after", EveryMinute, """{"a":1}"""), (updated.Text("Description"), updated.Text("CronExpression"), updated.Text("Payload")));
        Assert.False(updated.Body.GetProperty("Enable").GetBoolean());
        Assert.Equal(created.Text("CreatedTime"), updated.Text("CreatedTime"));
        Assert.True(string.CompareOrdinal(updated.Text("LastModifiedTime"), created.Text("LastModifiedTime")) >= 0);
        Assert.Equal("InvalidArgument", badCron.Code);
        Assert.Equal(EveryMinute, described.Text("CronExpression"));
    }

    [Theory]
    [InlineData("UpdateSchedule")]
    [InlineData("DescribeSchedule")]
    [InlineData("DeleteSchedule")]
    public async Task ScheduleAction_UnknownSchedule_ReturnsScheduleNotExists(string action)
    {
        var flow = await CreateFlowAsync();

        var result = await _client.CallAsync(action, ("FlowName", flow), ("ScheduleName", "ghost"));

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("ScheduleNotExists", result.Code);
        Assert.Equal($"The schedule ghost for flow {flow} does not exist.", result.Text("Message"));
    }

    [Fact]
    public async Task DeleteSchedule_Deleted_IsGone()
    {
        var flow = await CreateFlowAsync();
        (await CreateAsync(flow, "short_lived", EveryMinute)).EnsureOk();

        (await _client.CallAsync("DeleteSchedule", ("FlowName", flow), ("ScheduleName", "short_lived"))).EnsureOk();

        Assert.Equal("ScheduleNotExists", (await _client.CallAsync("DescribeSchedule", ("FlowName", flow), ("ScheduleName", "short_lived"))).Code);
    }

    [Fact]
    public async Task ListSchedules_Paged_ReturnsEachScheduleOnceByName()
    {
        var flow = await CreateFlowAsync();
        foreach (var name in new[] { "s3", "s1", "s2" })
        {
            (await CreateAsync(flow, name, EveryMinute)).EnsureOk();
        }

        var first = (await _client.CallAsync("ListSchedules", ("FlowName", flow), ("Limit", "2"))).EnsureOk();
        var second = (await _client.CallAsync("ListSchedules", ("FlowName", flow), ("Limit", "2"), ("NextToken", first.Text("NextToken")))).EnsureOk();
        var unknownFlow = await _client.CallAsync("ListSchedules", ("FlowName", CloudFlowClient.UniqueName("none")));

        Assert.Equal(["s1", "s2"], Names(first));
        Assert.Equal(["s3"], Names(second));
        Assert.False(second.Body.TryGetProperty("NextToken", out _));
        Assert.False(first.Body.GetProperty("Schedules")[0].TryGetProperty("RequestId", out _));
        Assert.Equal("FlowNotExists", unknownFlow.Code);
    }

    [Fact]
    public async Task DeleteFlow_WithSchedules_RemovesThem()
    {
        var flow = await CreateFlowAsync();
        (await CreateAsync(flow, "goes", EveryMinute)).EnsureOk();

        (await _client.CallAsync("DeleteFlow", ("Name", flow))).EnsureOk();
        (await _client.CreateFlowAsync(flow, FlowVersionTests.Definition(1))).EnsureOk();

        Assert.Empty(Names((await _client.CallAsync("ListSchedules", ("FlowName", flow))).EnsureOk()));
    }

    private static IEnumerable<string?> Names(RpcResult list) =>
        list.Body.GetProperty("Schedules").EnumerateArray().Select(s => s.GetProperty("ScheduleName").GetString());

    private Task<RpcResult> CreateAsync(string flow, string name, string? cron, string? payload = null, string? enable = null, string? description = null) =>
        _client.CallAsync("CreateSchedule", ("FlowName", flow), ("ScheduleName", name), ("CronExpression", cron), ("Payload", payload), ("Enable", enable), ("Description", description));

    private async Task<string> CreateFlowAsync()
    {
        var flow = CloudFlowClient.UniqueName("schedules");
        (await _client.CreateFlowAsync(flow, FlowVersionTests.Definition(1))).EnsureOk();
        return flow;
    }
}
