namespace CloudFlow.Benchmarks;

/// <summary>
/// Working set of the published server (its own process, so the load generator's memory is not in it) idle,
/// then after a quarter and after all of N single-Pass executions have finished. Finished executions live in
/// storage, so the last two should be about equal.
/// </summary>
internal sealed class MemoryBenchmark(PublishedServer published, BenchSettings settings)
{
    private const string Flow = "bench-memory";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FinishLimit = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public async Task<MemoryResult> RunAsync()
    {
        using var data = TempDirectory.Create("cloudflow-bench-memory-");
        var port = FreePort.Find();
        using var http = LoopbackClient.Create(new Uri($"http://127.0.0.1:{port}"), StartLimit);
        var rpc = new RpcClient(http);
        using var server = published.Start(data.Path, port, ("CloudFlow__Clock", "skip"), ("Serilog__MinimumLevel__Default", "Warning"));
        if (await server.WaitForOkAsync(http, "/health", TimeSpan.FromMilliseconds(20), StartLimit) is null)
        {
            return Failed("the server did not answer /health");
        }

        var created = await rpc.CreateFlowAsync(Flow, BenchFlows.SinglePass, CancellationToken.None);
        if (!created.Ok)
        {
            return Failed($"CreateFlow failed: {created}");
        }

        await Task.Delay(Settle);
        var idle = server.WorkingSetBytes;
        var quarter = settings.MemoryExecutions / 4;
        var first = await RunExecutionsAsync(rpc, 0, quarter);
        var quarterBytes = await SettledWorkingSetAsync(server, rpc);
        var rest = await RunExecutionsAsync(rpc, quarter, settings.MemoryExecutions - quarter);
        var finalBytes = await SettledWorkingSetAsync(server, rpc);
        var failed = first.Failed + rest.Failed + (quarterBytes is null || finalBytes is null ? 1 : 0);
        var problem = first.FirstFailure ?? rest.FirstFailure ?? (failed > 0 ? "executions were still running after two minutes" : null);
        var startsPerSecond = LoadResult.Combine([first, rest]).PerSecond;
        return new MemoryResult(idle, quarter, quarterBytes ?? 0, settings.MemoryExecutions, finalBytes ?? 0, startsPerSecond, settings.Concurrency, failed, problem);
    }

    private Task<LoadResult> RunExecutionsAsync(RpcClient rpc, int offset, int count) =>
        ClosedLoopLoad.RunAsync(settings.Concurrency, LoadLimit, count, async n =>
        {
            var answer = await rpc.StartExecutionAsync(Flow, $"m{offset + n}", null, CancellationToken.None);
            return answer.Ok ? null : answer.ToString();
        });

    /// <summary>Waits until no execution is running, lets the process settle, and reads its working set; null if they never finish.</summary>
    private static async Task<long?> SettledWorkingSetAsync(ServerProcess server, RpcClient rpc)
    {
        var deadline = DateTime.UtcNow + FinishLimit;
        while (true)
        {
            var running = await rpc.ListRunningAsync(Flow, CancellationToken.None);
            if (running.Ok && running.Parse()?["Executions"]?.AsArray().Count == 0)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(100);
        }

        await Task.Delay(Settle);
        return server.WorkingSetBytes;
    }

    private MemoryResult Failed(string problem) => new(0, 0, 0, 0, 0, 0, settings.Concurrency, 1, problem);
}
