using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Benchmarks;

/// <summary>
/// The interpreter inside the engine, no HTTP: executions run back to back through ExecutionRegistry. In Standard
/// mode each is started and awaited, with its history and output written to the server's durable SQLite storage as in
/// production; in Express mode each is a StartSyncExecution, which stores nothing, as in production.
/// </summary>
internal sealed class InterpreterBenchmark(IServiceProvider services, BenchSettings settings, TransitionLoop loop, string mode)
{
    private const string Account = "1234567890123456";
    private static readonly TimeSpan CompletionWait = TimeSpan.FromSeconds(60);
    private readonly FlowRegistry _flows = services.GetRequiredService<FlowRegistry>();
    private readonly ExecutionRegistry _executions = services.GetRequiredService<ExecutionRegistry>();

    public async Task<TransitionRate> RunAsync(Workload workload)
    {
        var flow = $"engine-{mode}-{workload.Name}";
        try
        {
            await _flows.CreateAsync(Account, new FlowCommand(flow) { Definition = workload.Definition, Type = "FDL", Description = "", ExecutionMode = mode });
        }
        catch (CloudFlowException e)
        {
            return TransitionRate.NotRun(workload, $"CreateFlow failed: {e.Code}: {e.Message}");
        }

        Func<string, Task<(string, string?)>> runOne = mode == ExecutionModes.Express
            ? name => RunSyncAsync(flow, name, workload.Input)
            : name => RunOneAsync(flow, name, workload.Input);
        await loop.RunAsync(workload, "warm-", settings.WorkloadWarmUp, runOne);
        return await loop.RunAsync(workload, "run-", settings.WorkloadDuration, runOne);
    }

    private async Task<(string, string?)> RunOneAsync(string flow, string name, string input)
    {
        await _executions.StartAsync(Account, new StartExecutionCommand(flow) { ExecutionName = name, Input = input });
        var final = await _executions.DescribeAsync(Account, flow, name, CompletionWait, CancellationToken.None);
        return (final.Status.ToString(), final.Output);
    }

    private async Task<(string, string?)> RunSyncAsync(string flow, string name, string input)
    {
        var final = await _executions.StartSyncAsync(Account, new StartExecutionCommand(flow) { ExecutionName = name, Input = input });
        return (final.Status.ToString(), final.Output);
    }
}
