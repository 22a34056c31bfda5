using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// A fixed number of loops, each sending its next request when the last one answered, until the time is up or
/// <c>maxRequests</c> have been sent. A request returns null when it succeeded, else why it failed.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, long maxRequests, Func<long, Task<string?>> send)
    {
        var sequence = -1L;
        var failed = 0L;
        string? firstFailure = null;
        var latencies = new List<long>[concurrency];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        async Task LoopAsync(List<long> own)
        {
            long next;
            while (clock.Elapsed < duration && (next = Interlocked.Increment(ref sequence)) < maxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    failure = await send(next);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = e.Message;
                }

                if (failure is null)
                {
                    own.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, failure, null);
                }
            }
        }

        var loops = new Task[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            var own = latencies[i] = new List<long>(1 << 16);
            loops[i] = Task.Run(() => LoopAsync(own));
        }

        await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / elapsed / Environment.ProcessorCount;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(all.LongLength, failed, elapsed, all, firstFailure, cpu);
    }
}
