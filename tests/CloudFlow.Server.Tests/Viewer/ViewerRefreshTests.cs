using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Viewer;

/// <summary>A running execution's page reloads itself every 2 s, so it can be watched; an ended one's does not.</summary>
public sealed class ViewerRefreshTests
{
    [Fact]
    public async Task ExecutionPage_RefreshesWhileRunning_AndStopsOnceItEnds()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Clock"] = "manual" });
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("watched");
        (await client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 60\n    End: true\n")).EnsureOk();
        (await client.StartExecutionAsync(flow, "run")).EnsureOk();
        await client.AdvanceClockAsync(1); // answers once the execution waits in W

        var running = (await ViewerPage.GetAsync(client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();
        var list = (await ViewerPage.GetAsync(client.Http, $"/ui/flows/{flow}")).EnsureOk();
        await client.AdvanceClockAsync(60);
        var ended = (await ViewerPage.GetAsync(client.Http, $"/ui/flows/{flow}/executions/run")).EnsureOk();

        Assert.Contains("● Running", running.Text, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", running.Markup, StringComparison.Ordinal);
        Assert.Contains(running.Rows(), r => r[2] == "StepStarted" && r[3] == "W");
        Assert.Equal("● Running", list.Rows().Single()[1]);
        Assert.Equal("", list.Rows().Single()[3]);
        Assert.False(list.Refreshes);
        Assert.Contains("✓ Succeeded", ended.Text, StringComparison.Ordinal);
        Assert.False(ended.Refreshes);
    }
}
