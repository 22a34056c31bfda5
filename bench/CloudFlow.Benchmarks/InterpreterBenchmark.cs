using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Benchmarks;

/// <summary>
/// The interpreter inside the engine, no HTTP: executions started back to back through ExecutionRegistry and
/// awaited, with history and outputs written to the server's durable SQLite storage as in production.
/// </summary>
internal sealed class InterpreterBenchmark(IServiceProvider services, BenchSettings settings)
{
    private const string Account = "1234567890123456";
    private static readonly TimeSpan CompletionWait = TimeSpan.FromSeconds(60);
    private readonly FlowRegistry _flows = services.GetRequiredService<FlowRegistry>();
    private readonly ExecutionRegistry _executions = services.GetRequiredService<ExecutionRegistry>();

    public async Task<TransitionRate> RunAsync(Workload workload)
    {
        var flow = $"engine-{workload.Name}";
        try
        {
            await _flows.CreateAsync(Account, new FlowCommand(flow) { Definition = workload.Definition, Type = "FDL", Description = "" });
        }
        catch (CloudFlowException e)
        {
            return TransitionRate.NotRun(workload, $"CreateFlow failed: {e.Code}: {e.Message}");
        }

        await TransitionLoop.RunAsync(workload, "warm-", settings.WorkloadWarmUp, name => RunOneAsync(flow, name, workload.Input));
        return await TransitionLoop.RunAsync(workload, "run-", settings.WorkloadDuration, name => RunOneAsync(flow, name, workload.Input));
    }

    private async Task<(string, string?)> RunOneAsync(string flow, string name, string input)
    {
        await _executions.StartAsync(Account, new StartExecutionCommand(flow) { ExecutionName = name, Input = input });
        var final = await _executions.DescribeAsync(Account, flow, name, CompletionWait, CancellationToken.None);
        return (final.Status.ToString(), final.Output);
    }
}
