using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// What one closed-loop run saw; <see cref="SortedLatencyTicks"/> holds one entry per successful request.
/// <see cref="ProcessCpu"/> is this process's CPU use over the run as a share of all cores (client and server both, when in-process).
/// </summary>
internal sealed record LoadResult(long Succeeded, long Failed, TimeSpan Elapsed, long[] SortedLatencyTicks, string? FirstFailure, double ProcessCpu)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    /// <summary>Process CPU time (all cores) per successful request.</summary>
    public TimeSpan CpuPerRequest => Succeeded > 0 ? Elapsed * ProcessCpu * Environment.ProcessorCount / Succeeded : TimeSpan.Zero;

    public TimeSpan Percentile(double fraction)
    {
        if (SortedLatencyTicks.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var index = (int)Math.Min(SortedLatencyTicks.Length - 1, Math.Ceiling(fraction * SortedLatencyTicks.Length) - 1);
        return TimeSpan.FromSeconds((double)SortedLatencyTicks[Math.Max(0, index)] / Stopwatch.Frequency);
    }

    /// <summary>Several rounds as one: counts and times add up, latencies are pooled.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds)
    {
        var latencies = rounds.SelectMany(r => r.SortedLatencyTicks).ToArray();
        Array.Sort(latencies);
        var elapsed = rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed);
        return new LoadResult(
            rounds.Sum(r => r.Succeeded),
            rounds.Sum(r => r.Failed),
            elapsed,
            latencies,
            rounds.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null),
            rounds.Sum(r => r.ProcessCpu * r.Elapsed.TotalSeconds) / elapsed.TotalSeconds);
    }
}
