namespace CloudFlow.Benchmarks;

/// <summary>
/// State transitions per second of one workload: only executions that Succeeded with the right output count.
/// Any wrong one makes the whole figure zero; <see cref="Unavailable"/> says why the workload could not run at all.
/// <see cref="ProcessCpu"/> and <see cref="AllocatedBytes"/> are what this process spent meanwhile (client and server, when in-process).
/// </summary>
internal sealed record TransitionRate(Workload Workload, long Correct, long Wrong, TimeSpan Elapsed, string? FirstWrong, string? Unavailable, TimeSpan ProcessCpu = default, long AllocatedBytes = 0)
{
    public double? PerSecond => Unavailable is not null ? null : Wrong > 0 ? 0 : Correct * Workload.Transitions / Elapsed.TotalSeconds;

    private long Executions => Correct + Wrong;

    public TimeSpan CpuPerExecution => Executions > 0 ? ProcessCpu / Executions : TimeSpan.Zero;

    public long AllocatedPerExecution => Executions > 0 ? AllocatedBytes / Executions : 0;

    public static TransitionRate NotRun(Workload workload, string why) => new(workload, 0, 0, TimeSpan.Zero, null, why);
}
