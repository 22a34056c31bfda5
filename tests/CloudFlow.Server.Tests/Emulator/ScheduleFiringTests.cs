using System.Globalization;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Emulator;

/// <summary>Schedules follow the manual clock: an advance past a firing has started its execution when it answers.</summary>
public sealed class ScheduleFiringTests : IAsyncDisposable
{
    private const string PassFlow = "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("cloudflow-schedules-").FullName;
    private CloudFlowFactory _factory;
    private CloudFlowClient _client;

    public ScheduleFiringTests()
    {
        _factory = Start();
        _client = _factory.CreateCloudFlowClient();
    }

    [Fact]
    public async Task Advance_PastACronFiring_StartsAnExecutionWithThePayload()
    {
        var flow = await CreateFlowAsync();
        (await CreateScheduleAsync(flow, "minutely", "0 * * * * *", """{"from":"schedule"}""")).EnsureOk();
        var now = await NowAsync();
        var boundary = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1);

        await _client.AdvanceClockAsync((int)Math.Ceiling((boundary - now).TotalSeconds));

        var name = $"schedule-minutely-{boundary.ToUnixTimeSeconds()}";
        Assert.Equal([name], await ExecutionNamesAsync(flow));
        var done = await _client.WaitForEndAsync(flow, name);
        Assert.Equal("""{"from":"schedule"}""", done.Text("Input"));
        Assert.Equal("Succeeded", done.Text("Status"));

        await _client.AdvanceClockAsync(120);
        Assert.Equal(3, (await ExecutionNamesAsync(flow)).Count);
    }

    [Fact]
    public async Task Advance_AnInterval_FiresEveryNMinutesFromCreation()
    {
        var flow = await CreateFlowAsync();
        (await CreateScheduleAsync(flow, "every5", "@every 5m", null)).EnsureOk();

        await _client.AdvanceClockAsync(299);
        Assert.Empty(await ExecutionNamesAsync(flow));
        await _client.AdvanceClockAsync(2);
        var fired = Assert.Single(await ExecutionNamesAsync(flow));

        Assert.Equal("{}", (await _client.WaitForEndAsync(flow, fired)).Text("Input"));
    }

    [Fact]
    public async Task Advance_DisabledSchedule_FiresOnlyOnceEnabledAgainAndForLaterTimes()
    {
        var flow = await CreateFlowAsync();
        (await CreateScheduleAsync(flow, "paused", "@every 1m", null, enable: "false")).EnsureOk();

        await _client.AdvanceClockAsync(90);
        Assert.Empty(await ExecutionNamesAsync(flow));
        (await _client.CallAsync("UpdateSchedule", ("FlowName", flow), ("ScheduleName", "paused"), ("Enable", "true"))).EnsureOk();
        await _client.AdvanceClockAsync(35);

        Assert.Single(await ExecutionNamesAsync(flow));
    }

    [Fact]
    public async Task Advance_DeletedSchedule_DoesNotFire()
    {
        var flow = await CreateFlowAsync();
        (await CreateScheduleAsync(flow, "gone", "@every 1m", null)).EnsureOk();
        (await _client.CallAsync("DeleteSchedule", ("FlowName", flow), ("ScheduleName", "gone"))).EnsureOk();

        await _client.AdvanceClockAsync(61);

        Assert.Empty(await ExecutionNamesAsync(flow));
    }

    [Fact]
    public async Task Advance_ScheduleWithTheLongestName_NamesItsExecutionWithin128Characters()
    {
        var flow = await CreateFlowAsync();
        var schedule = "s" + new string('x', 127);
        (await CreateScheduleAsync(flow, schedule, "@every 1m", null)).EnsureOk();

        await _client.AdvanceClockAsync(60);

        var name = Assert.Single(await ExecutionNamesAsync(flow));
        Assert.True(name.Length <= 128, name);
        Assert.StartsWith("schedule-sxxx", name, StringComparison.Ordinal);
        Assert.Equal("Succeeded", (await _client.WaitForEndAsync(flow, name)).Text("Status"));
    }

    [Fact]
    public async Task Restart_AfterAFiring_DoesNotFireItAgain()
    {
        var flow = await CreateFlowAsync();
        (await CreateScheduleAsync(flow, "durable", "@every 1m", null)).EnsureOk();
        await _client.AdvanceClockAsync(60);
        Assert.Single(await ExecutionNamesAsync(flow));

        await _factory.DisposeAsync();
        _factory = Start();
        _client = _factory.CreateCloudFlowClient();
        await _client.AdvanceClockAsync(1);
        Assert.Single(await ExecutionNamesAsync(flow));
        await _client.AdvanceClockAsync(60);

        Assert.Equal(2, (await ExecutionNamesAsync(flow)).Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans temp folders.
        }
    }

    private CloudFlowFactory Start() => new(_directory, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });

    private async Task<DateTimeOffset> NowAsync()
    {
        var clock = JsonDocument.Parse(await _client.Http.GetStringAsync("/_emulator/clock")).RootElement;
        return DateTimeOffset.Parse(clock.GetProperty("Now").GetString()!, CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> ExecutionNamesAsync(string flow)
    {
        var list = (await _client.CallAsync("ListExecutions", ("FlowName", flow), ("Limit", "100"))).EnsureOk();
        return [.. list.Body.GetProperty("Executions").EnumerateArray().Select(e => e.GetProperty("Name").GetString()!)];
    }

    private Task<RpcResult> CreateScheduleAsync(string flow, string name, string cron, string? payload, string? enable = null) =>
        _client.CallAsync("CreateSchedule", ("FlowName", flow), ("ScheduleName", name), ("CronExpression", cron), ("Payload", payload), ("Enable", enable));

    private async Task<string> CreateFlowAsync()
    {
        var flow = CloudFlowClient.UniqueName("fired");
        (await _client.CreateFlowAsync(flow, PassFlow)).EnsureOk();
        return flow;
    }
}
