using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>What one closed-loop run saw; <see cref="SortedLatencyTicks"/> holds one entry per successful request.</summary>
internal sealed record LoadResult(long Succeeded, long Failed, TimeSpan Elapsed, long[] SortedLatencyTicks, string? FirstFailure)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public TimeSpan Percentile(double fraction)
    {
        if (SortedLatencyTicks.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var index = (int)Math.Min(SortedLatencyTicks.Length - 1, Math.Ceiling(fraction * SortedLatencyTicks.Length) - 1);
        return TimeSpan.FromSeconds((double)SortedLatencyTicks[Math.Max(0, index)] / Stopwatch.Frequency);
    }
}
