using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// Runs executions of one workload back to back for a fixed time (and at most <see cref="MaxExecutions"/>),
/// checking each one's status and output. <c>runOne</c> gets a unique execution name and returns the final
/// status and output.
/// </summary>
internal sealed class TransitionLoop(AllocationMeter allocations)
{
    private const int MaxExecutions = 1_000_000;

    public async Task<TransitionRate> RunAsync(
        Workload workload, string namePrefix, TimeSpan duration, Func<string, Task<(string Status, string? Output)>> runOne)
    {
        long correct = 0, wrong = 0;
        string? firstWrong = null;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = allocations.AllocatedBytes;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MaxExecutions && clock.Elapsed < duration; i++)
        {
            var (status, output) = await runOne($"{namePrefix}{i}");
            var problem = status == "Succeeded" ? workload.Verify(output) : $"status {status}";
            if (problem is null)
            {
                correct++;
            }
            else
            {
                wrong++;
                firstWrong ??= problem;
            }
        }

        var elapsed = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = allocations.AllocatedBytes - allocatedBefore;
        return new TransitionRate(workload, correct, wrong, elapsed, firstWrong, null, cpu, allocated);
    }
}
