using System.Text.Json;

namespace CloudFlow.Benchmarks;

/// <summary>
/// The interpreter through the HTTP API of the real server: StartExecution, then DescribeExecution with
/// WaitTimeSeconds until the execution has ended, one execution at a time.
/// </summary>
internal sealed class EndToEndBenchmark(RpcClient rpc, BenchSettings settings, TransitionLoop loop)
{
    private const int WaitSeconds = 10;
    private const int MaxDescribes = 6;

    public async Task<TransitionRate> RunAsync(Workload workload)
    {
        var flow = $"http-{workload.Name}";
        var created = await rpc.CreateFlowAsync(flow, workload.Definition, CancellationToken.None);
        if (!created.Ok)
        {
            return TransitionRate.NotRun(workload, $"CreateFlow failed: {created}");
        }

        await loop.RunAsync(workload, "warm-", settings.WorkloadWarmUp, name => RunOneAsync(flow, name, workload.Input));
        return await loop.RunAsync(workload, "run-", settings.WorkloadDuration, name => RunOneAsync(flow, name, workload.Input));
    }

    private async Task<(string, string?)> RunOneAsync(string flow, string name, string input)
    {
        var started = await rpc.StartExecutionAsync(flow, name, input, CancellationToken.None);
        if (!started.Ok)
        {
            return ($"not started ({started})", null);
        }

        for (var i = 0; i < MaxDescribes; i++)
        {
            var described = await rpc.DescribeExecutionAsync(flow, name, WaitSeconds, CancellationToken.None);
            if (!described.Ok)
            {
                return ($"not described ({described})", null);
            }

            using var execution = described.ParseInPlace();
            var status = Text(execution, "Status") ?? "no Status";
            if (status is not ("Running" or "Starting"))
            {
                return (status, Text(execution, "Output"));
            }
        }

        return ("still Running after a minute", null);
    }

    private static string? Text(JsonDocument answer, string property) =>
        answer.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
}
