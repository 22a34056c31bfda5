using System.Collections.Concurrent;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// Executions in progress, by (account, flow, name). A name is claimed here atomically (one Lazy per key), so
/// identical StartExecution calls at the same instant share one execution. Finished ones live only in storage.
/// </summary>
internal sealed class LiveExecutions
{
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(string Account, string Flow, string Name), Lazy<Task<ExecutionRun>>> _runs = new();

    public Lazy<Task<ExecutionRun>> Claim(string account, string flow, string name, Func<Task<ExecutionRun>> start) =>
        _runs.GetOrAdd((account, flow, name), _ => new Lazy<Task<ExecutionRun>>(start));

    public void Add(ExecutionRun run) =>
        _runs[Key(run)] = new Lazy<Task<ExecutionRun>>(Task.FromResult(run));

    public void Release(string account, string flow, string name, Lazy<Task<ExecutionRun>> claim) =>
        _runs.TryRemove(new((account, flow, name), claim));

    /// <summary>
    /// Forgets a run that ended. Its claim may still be pending (the StartExecution that made it has not resumed yet),
    /// and it is then this run's own claim; one that resolved to another run is left alone.
    /// </summary>
    public void Remove(ExecutionRun run)
    {
        var key = Key(run);
        if (_runs.TryGetValue(key, out var claim)
            && !(claim.IsValueCreated && claim.Value.IsCompletedSuccessfully && claim.Value.Result != run))
        {
            _runs.TryRemove(new(key, claim));
        }
    }

    public ExecutionRun? Find(string account, string flow, string name) =>
        _runs.TryGetValue((account, flow, name), out var claim) && claim.IsValueCreated && claim.Value.IsCompletedSuccessfully
            ? claim.Value.Result
            : null;

    /// <summary>Stops every running execution of a flow and waits for them to store their end (DeleteFlow).</summary>
    public async Task StopAllAsync(string account, string flow, string error, string cause)
    {
        var runs = _runs.Where(e => e.Key.Account == account && e.Key.Flow == flow)
            .Select(e => Find(e.Key.Account, e.Key.Flow, e.Key.Name))
            .OfType<ExecutionRun>()
            .ToList();
        foreach (var run in runs)
        {
            run.RequestStop(error, cause);
        }

        await Task.WhenAll(runs.Select(r => r.Completion.WaitAsync(StopWait).ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    private static (string, string, string) Key(ExecutionRun run) => (run.Record.Account, run.Record.FlowName, run.Record.Name);
}
