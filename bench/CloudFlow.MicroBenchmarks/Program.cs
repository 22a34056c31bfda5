using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CloudFlow.Benchmarks;

namespace CloudFlow.MicroBenchmarks;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the interpreter's hot paths, run in this process (no generated project to
/// build). Arguments go to BenchmarkDotNet (<c>--filter *History*</c>); <c>--smoke</c> runs every benchmark once.
/// </summary>
internal static class Program
{
    private const string SmokeFlag = "--smoke";

    public static int Main(string[] args)
    {
        var smoke = args.Contains(SmokeFlag);
        var job = (smoke ? Job.Dry : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance.AddJob(job.AsDefault())
            .WithArtifactsPath(Path.Combine(RepoPaths.Find().Root, "artifacts", "micro-benchmarks"));
        // One table for all the benchmarks rather than one per class.
        var switcherArgs = args.Where(a => a != SmokeFlag).Append("--join").ToList();
        if (!switcherArgs.Contains("--filter"))
        {
            // Without a filter BenchmarkDotNet asks on the console which benchmarks to run; CI has no console.
            switcherArgs.AddRange(["--filter", "*"]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. switcherArgs], config);
        var failed = !summaries.Any() || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
