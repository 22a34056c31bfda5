using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// StartExecution on our server against the bare Kestrel endpoint, same body, same loops, same duration, one
/// after the other in this process. Every StartExecution has a new ExecutionName, so each one stores an execution.
/// </summary>
internal sealed class StartExecutionBenchmark(BenchSettings settings)
{
    private const string Flow = "bench-start";
    private const long MaxRequests = 10_000_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(2);

    public async Task<StartExecutionResult> RunAsync()
    {
        var baseline = await MeasureBaselineAsync();
        await using var server = await InProcessServer.StartAsync();
        using var http = LoopbackClient.Create(server.BaseAddress, RequestTimeout);
        var created = await new RpcClient(http).CreateFlowAsync(Flow, BenchFlows.SinglePass, CancellationToken.None);
        if (!created.Ok)
        {
            throw new InvalidOperationException($"CreateFlow of the StartExecution flow failed: {created}");
        }

        await LoadAsync(http, "warm-", settings.HttpWarmUp);
        var ours = await LoadAsync(http, "run-", settings.HttpDuration);
        var drain = Stopwatch.StartNew();
        var idle = await server.WaitUntilIdleAsync(DrainLimit);
        return new StartExecutionResult(ours, baseline, settings.Concurrency, idle ? drain.Elapsed : null);
    }

    private async Task<LoadResult> MeasureBaselineAsync()
    {
        await using var app = await KestrelBaseline.StartInProcessAsync();
        using var http = LoopbackClient.Create(new Uri(app.Urls.First()), RequestTimeout);
        await LoadAsync(http, "warm-", settings.HttpWarmUp);
        return await LoadAsync(http, "run-", settings.HttpDuration);
    }

    private Task<LoadResult> LoadAsync(HttpClient http, string prefix, TimeSpan duration) =>
        ClosedLoopLoad.RunAsync(settings.Concurrency, duration, MaxRequests, async n =>
        {
            using var content = RpcClient.Form("StartExecution", ("FlowName", Flow), ("ExecutionName", $"{prefix}{n}"));
            using var response = await http.PostAsync(new Uri("/", UriKind.Relative), content);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
        });
}
