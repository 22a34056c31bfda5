using System.Diagnostics;
using CloudFlow.Benchmarks;
using CloudFlow.Engine.Registry;

if (args.Contains(KestrelBaseline.ServeFlag))
{
    await KestrelBaseline.ServeAsync(args);
    return 0;
}

var settings = BenchSettings.From(args);
using var allocations = new AllocationMeter();
var loop = new TransitionLoop(allocations);
var paths = RepoPaths.Find();
var workloads = WorkloadSet.Load(paths);
var table = new ResultTable(judgeTargets: !settings.Smoke);
var run = Stopwatch.StartNew();

await Section("StartExecution against bare Kestrel", async () =>
    ResultRows.StartExecution(table, await new StartExecutionBenchmark(settings).RunAsync()));

var inEngine = new List<TransitionRate>();
var inEngineExpress = new List<TransitionRate>();
var endToEnd = new List<TransitionRate>();
await Section("interpreter inside the engine", async () =>
{
    await using var server = await InProcessServer.StartAsync();
    foreach (var (mode, rates) in new[] { (ExecutionModes.Standard, inEngine), (ExecutionModes.Express, inEngineExpress) })
    {
        var benchmark = new InterpreterBenchmark(server.Services, settings, loop, mode);
        foreach (var workload in workloads)
        {
            rates.Add(await benchmark.RunAsync(workload));
        }
    }
});
await Section("interpreter end to end", async () =>
{
    await using var server = await InProcessServer.StartAsync();
    using var http = LoopbackClient.Create(server.BaseAddress, TimeSpan.FromSeconds(90));
    var benchmark = new EndToEndBenchmark(new RpcClient(http), settings, loop);
    foreach (var workload in workloads)
    {
        endToEnd.Add(await benchmark.RunAsync(workload));
    }
});

var peer = new PeerResult(new Dictionary<string, double>(), "not run");
await Section("the peer (node bench.mjs)", async () => peer = await new PeerBenchmark(paths, settings).RunAsync());
ResultRows.Transitions(table, "In engine", inEngine, peer, 10);
ResultRows.Transitions(table, "In engine, Express", inEngineExpress, peer, 10);
ResultRows.Transitions(table, "End to end", endToEnd, peer, 1);
if (peer.Unavailable is { } noPeer)
{
    table.Note($"Peer unavailable, so no ratios against it: {noPeer}");
}

await Section("start-up and memory of the published server", async () =>
{
    using var published = await PublishedServer.PublishAsync(paths);
    ResultRows.Startup(table, await new StartupBenchmark(published, settings).RunAsync());
    Progress("memory");
    ResultRows.Memory(table, await new MemoryBenchmark(published, settings).RunAsync());
});

table.Note($"{(settings.Smoke ? "Smoke run (too short and too cold to judge targets: it proves the cases still run)" : "Full run")} in {run.Elapsed.TotalSeconds:N0} s on {Environment.ProcessorCount} cores. "
    + $"Interpreter: {settings.WorkloadDuration.TotalSeconds:N0} s per workload after {settings.WorkloadWarmUp.TotalSeconds:N1} s of warm-up, one execution at a time, "
    + $"skip clock, Standard with history and output in durable SQLite storage, Express (StartSyncExecution) storing nothing and keeping no history, as in production; the peer: node bench.mjs {settings.PeerSeconds}. HTTP: {settings.Concurrency} loops, {settings.HttpRounds} alternating round(s) of {settings.HttpDuration.TotalSeconds:N0} s per side after {settings.HttpWarmUp.TotalSeconds:N1} s of warm-up, "
    + "client and server in this process, server logging at Warning.");
table.Write(Console.Out);
return table.Failed ? 1 : 0;

async Task Section(string name, Func<Task> body)
{
    if (!settings.Runs(name))
    {
        return;
    }

    Progress(name);
    try
    {
        await body();
    }
    catch (Exception e)
    {
        table.Failure($"{name} could not run: {e}");
    }
}

static void Progress(string what) => Console.Error.WriteLine($"[bench] {what}");
