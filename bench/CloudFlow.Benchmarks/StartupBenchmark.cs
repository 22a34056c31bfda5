namespace CloudFlow.Benchmarks;

/// <summary>
/// Time from process start to the first 200 from /health, and to the first successful StartExecution (after
/// the CreateFlow a fresh data directory needs), polling every 5 ms. The bare Kestrel app (this binary in
/// baseline mode) is started in turn with ours, so both see the same machine load.
/// </summary>
internal sealed class StartupBenchmark(PublishedServer published, BenchSettings settings)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    public async Task<StartupResult> RunAsync()
    {
        var oursReady = new List<TimeSpan?>();
        var oursFirstStart = new List<TimeSpan?>();
        var baselineReady = new List<TimeSpan?>();
        string? problem = null;
        for (var i = 0; i < settings.StartupRuns; i++)
        {
            var (ready, firstStart, failure) = await StartOursAsync();
            oursReady.Add(ready);
            oursFirstStart.Add(firstStart);
            problem ??= failure;
            baselineReady.Add(await StartBaselineAsync());
        }

        return new StartupResult(settings.StartupRuns, Median.Of(oursReady), Median.Of(oursFirstStart), Median.Of(baselineReady), problem);
    }

    private async Task<(TimeSpan? Ready, TimeSpan? FirstStart, string? Failure)> StartOursAsync()
    {
        using var data = TempDirectory.Create("cloudflow-bench-start-");
        var port = FreePort.Find();
        using var http = LoopbackClient.Create(new Uri($"http://127.0.0.1:{port}"), StartLimit);
        var rpc = new RpcClient(http);
        using var server = published.Start(data.Path, port);
        var ready = await server.WaitForOkAsync(http, "/health", PollInterval, StartLimit);
        if (ready is null)
        {
            return (null, null, "our server did not answer /health within 30 s");
        }

        var created = await rpc.CreateFlowAsync("startup", BenchFlows.SinglePass, CancellationToken.None);
        var started = created.Ok ? await rpc.StartExecutionAsync("startup", "first", null, CancellationToken.None) : created;
        return started.Ok ? (ready, server.SinceStart.Elapsed, null) : (ready, null, $"first StartExecution failed: {started}");
    }

    private static async Task<TimeSpan?> StartBaselineAsync()
    {
        var port = FreePort.Find();
        using var http = LoopbackClient.Create(new Uri($"http://127.0.0.1:{port}"), StartLimit);
        using var server = ServerProcess.Start(typeof(KestrelBaseline).Assembly.Location, port, [KestrelBaseline.ServeFlag], new Dictionary<string, string>());
        return await server.WaitForOkAsync(http, "/health", PollInterval, StartLimit);
    }
}
