using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// StartExecution on our server against the bare Kestrel endpoint: same body, same loops, same duration, in
/// alternating rounds so a change in the machine's load falls on both sides. Every StartExecution has a new
/// ExecutionName, so each one stores an execution. DescribeFlow rounds on our server measure the HTTP path alone.
/// </summary>
internal sealed class StartExecutionBenchmark(BenchSettings settings)
{
    private const string Flow = "bench-start";
    private const long MaxRequests = 10_000_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(2);

    public async Task<StartExecutionResult> RunAsync()
    {
        await using var baselineApp = await KestrelBaseline.StartInProcessAsync();
        await using var server = await InProcessServer.StartAsync();
        using var baselineHttp = LoopbackClient.Create(new Uri(baselineApp.Urls.First()), RequestTimeout);
        using var oursHttp = LoopbackClient.Create(server.BaseAddress, RequestTimeout);
        var created = await new RpcClient(oursHttp).CreateFlowAsync(Flow, BenchFlows.SinglePass, CancellationToken.None);
        if (!created.Ok)
        {
            throw new InvalidOperationException($"CreateFlow of the StartExecution flow failed: {created}");
        }

        await LoadAsync(baselineHttp, StartExecution("warm-"), settings.HttpWarmUp);
        await LoadAsync(oursHttp, StartExecution("warm-"), settings.HttpWarmUp);
        await LoadAsync(oursHttp, DescribeFlow, settings.HttpWarmUp);
        var baseline = new List<LoadResult>();
        var ours = new List<LoadResult>();
        var httpOnly = new List<LoadResult>();
        for (var round = 0; round < settings.HttpRounds; round++)
        {
            baseline.Add(await LoadAsync(baselineHttp, StartExecution($"r{round}-"), settings.HttpDuration));
            ours.Add(await LoadAsync(oursHttp, StartExecution($"r{round}-"), settings.HttpDuration));
            httpOnly.Add(await LoadAsync(oursHttp, DescribeFlow, settings.HttpDuration));
        }

        var drain = Stopwatch.StartNew();
        var idle = await server.WaitUntilIdleAsync(DrainLimit);
        return new StartExecutionResult(
            LoadResult.Combine(ours), LoadResult.Combine(baseline), LoadResult.Combine(httpOnly), settings.Concurrency, idle ? drain.Elapsed : null);
    }

    private static Func<long, ByteArrayContent> StartExecution(string prefix) =>
        n => RpcClient.Form("StartExecution", ("FlowName", Flow), ("ExecutionName", $"{prefix}{n}"));

    private static ByteArrayContent DescribeFlow(long n) => RpcClient.Form("DescribeFlow", ("Name", Flow));

    private Task<LoadResult> LoadAsync(HttpClient http, Func<long, ByteArrayContent> request, TimeSpan duration) =>
        ClosedLoopLoad.RunAsync(settings.Concurrency, duration, MaxRequests, async n =>
        {
            using var content = request(n);
            using var response = await http.PostAsync(new Uri("/", UriKind.Relative), content);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
        });
}
