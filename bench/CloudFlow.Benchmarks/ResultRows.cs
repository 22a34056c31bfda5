namespace CloudFlow.Benchmarks;

/// <summary>Turns each benchmark's result into table rows and notes, with the targets of issue 7.</summary>
internal static class ResultRows
{
    private const double StartExecutionTarget = 0.5;
    private const double ReadyTargetMs = 300;
    private const double FlatTarget = 1.10;

    public static void StartExecution(ResultTable table, StartExecutionResult result)
    {
        var (ours, baseline) = (result.Ours, result.Baseline);
        var ratio = ours.PerSecond / baseline.PerSecond;
        table.Row($"StartExecution req/s ({result.Concurrency} loops) vs bare Kestrel POST", Format.Rate(ours.PerSecond), Format.Rate(baseline.PerSecond),
            Format.Ratio(ours.PerSecond, baseline.PerSecond), $"≥ {StartExecutionTarget}x", ratio >= StartExecutionTarget);
        table.Row("DescribeFlow req/s (HTTP path without the engine) vs bare Kestrel POST", Format.Rate(result.HttpOnly.PerSecond), Format.Rate(baseline.PerSecond),
            Format.Ratio(result.HttpOnly.PerSecond, baseline.PerSecond), Format.None);
        foreach (var (name, fraction) in new[] { ("p50", 0.50), ("p99", 0.99) })
        {
            var (o, b) = (ours.Percentile(fraction), baseline.Percentile(fraction));
            table.Row($"StartExecution latency {name}", Format.Ms(o), Format.Ms(b), Format.Ratio(o.TotalMilliseconds, b.TotalMilliseconds), Format.None);
        }

        table.Note($"StartExecution: {ours.Succeeded:N0} executions started in {ours.Elapsed.TotalSeconds:N1} s (process CPU {ours.ProcessCpu * 100:N0}% of all cores, {Format.Microseconds(ours.CpuPerRequest)} per request); "
            + $"the bare endpoint answered {baseline.Succeeded:N0} requests (CPU {baseline.ProcessCpu * 100:N0}%, {Format.Microseconds(baseline.CpuPerRequest)} per request), "
            + $"DescribeFlow {result.HttpOnly.Succeeded:N0} ({Format.Microseconds(result.HttpOnly.CpuPerRequest)} per request). "
            + (result.Drain is { } drain ? $"The engine finished the executions still queued {drain.TotalSeconds:N1} s after the load stopped." : "The engine had not finished them two minutes after the load stopped."));
        FailuresOf(table, "StartExecution on our server", ours);
        FailuresOf(table, "the bare Kestrel endpoint", baseline);
        FailuresOf(table, "DescribeFlow on our server", result.HttpOnly);
    }

    public static void Transitions(ResultTable table, string label, IReadOnlyList<TransitionRate> rates, PeerResult peer, double target)
    {
        foreach (var rate in rates)
        {
            var name = rate.Workload.Name;
            double? reference = peer.TransitionsPerSecond.TryGetValue(name, out var r) ? r : null;
            var ratio = rate.PerSecond / reference;
            table.Row($"{label}: {name} transitions/s", rate.Unavailable is null ? Format.Rate(rate.PerSecond) : "unavailable", Format.Rate(reference),
                Format.Ratio(rate.PerSecond, reference), $"≥ {target}x peer", ratio is { } x ? x >= target : null);
            if (rate.Unavailable is { } why)
            {
                table.Note($"{label} {name} unavailable: {why}");
            }
            else if (rate.Wrong > 0)
            {
                table.Failure($"{label} {name}: {rate.Wrong:N0} of {rate.Wrong + rate.Correct:N0} executions gave a wrong answer (the figure counts as zero); first: {rate.FirstWrong}");
            }
            else
            {
                table.Note($"{label} {name}: {rate.Correct:N0} executions, all right, in {rate.Elapsed.TotalSeconds:N1} s ({Format.Microseconds(rate.CpuPerExecution)} of process CPU and {rate.AllocatedPerExecution / 1024.0:N0} KB allocated each)");
            }
        }
    }

    public static void Startup(ResultTable table, StartupResult result)
    {
        var ready = result.OursReady?.TotalMilliseconds;
        table.Row($"Ready: first 200 from /health (median of {result.Runs})", Format.Ms(result.OursReady), Format.Ms(result.BaselineReady),
            Format.Ratio(ready, result.BaselineReady?.TotalMilliseconds), $"< {ReadyTargetMs} ms", ready is { } ms ? ms < ReadyTargetMs : null);
        table.Row($"First StartExecution, after a CreateFlow (median of {result.Runs})", Format.Ms(result.OursFirstStart), Format.None, Format.None, Format.None);
        if (result.Problem is { } problem)
        {
            table.Failure($"start-up: {problem}");
        }
    }

    public static void Memory(ResultTable table, MemoryResult result)
    {
        var ratio = (double)result.FinalBytes / result.QuarterBytes;
        table.Row("Working set idle", Format.MB(result.IdleBytes), Format.None, Format.None, Format.None);
        table.Row($"Working set after {result.QuarterExecutions:N0} finished executions", Format.MB(result.QuarterBytes), Format.None, Format.None, Format.None);
        table.Row($"Working set after {result.Executions:N0} finished executions, vs after {result.QuarterExecutions:N0}", Format.MB(result.FinalBytes),
            Format.MB(result.QuarterBytes), Format.Ratio(result.FinalBytes, result.QuarterBytes), $"flat (≤ {FlatTarget}x)", result.Failed == 0 ? ratio <= FlatTarget : null);
        table.Note($"Memory: the published server (its own process, logging at Warning) took the {result.Executions:N0} StartExecution calls at "
            + $"{result.StartsPerSecond:N0}/s from {result.Concurrency} loops in this process.");
        if (result.Failed > 0)
        {
            table.Failure($"memory: {result.Failed:N0} failures; first: {result.Problem}");
        }
    }

    private static void FailuresOf(ResultTable table, string what, LoadResult load)
    {
        if (load.Failed > 0)
        {
            table.Failure($"{what}: {load.Failed:N0} requests failed; first: {load.FirstFailure}");
        }
    }
}
