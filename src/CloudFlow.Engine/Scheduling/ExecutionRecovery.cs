using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// Runs stored executions again from their last checkpoint (decisions.md, Durability): every unfinished one at start,
/// one whose name a StartExecution finds stored and not running, and one whose checkpoint the store refused (a full
/// disk), after a pause that doubles with each refusal, since what its run did after that checkpoint is not stored.
/// </summary>
internal sealed partial class ExecutionRecovery(
    ExecutionStore store,
    LiveExecutions live,
    ExecutionRunFactory runs,
    ExecutionQueue queue,
    IHostApplicationLifetime lifetime,
    ILogger<ExecutionRecovery> logger)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    public void ResumeUnfinished()
    {
        foreach (var execution in store.ListUnfinished())
        {
            ResumeUnderClaim(execution, refusals: 0);
        }
    }

    /// <summary>Queues a run of a stored execution; its caller holds the name's claim.</summary>
    public ExecutionRun Resume(ExecutionRecord execution, int refusals = 0)
    {
        var run = runs.Resume(execution);
        run.StoreRefusals = refusals;
        queue.Enqueue(run);
        return run;
    }

    /// <summary>
    /// After a run stopped because the store refused its checkpoint: waits, then resumes the execution as stored unless
    /// it has ended, gone, or is running again (a StartExecution of its name resumed it meanwhile). At shutdown the
    /// next start resumes it instead.
    /// </summary>
    public async Task ResumeAfterRefusalAsync(ExecutionRun refused)
    {
        var (account, flow, name) = (refused.Record.Account, refused.Record.FlowName, refused.Record.Name);
        var reason = refused.StoreFailure?.Message;
        for (var refusals = refused.StoreRefusals + 1; ; refusals++)
        {
            var pause = TimeSpan.FromTicks(Math.Min(FirstPause.Ticks << Math.Min(refusals - 1, 16), LongestPause.Ticks));
            Log.CheckpointRefused(logger, flow, name, reason, pause.TotalSeconds);
            try
            {
                await Task.Delay(pause, lifetime.ApplicationStopping);
                if (store.Find(account, flow, name) is { } stored && !stored.Status.IsTerminal())
                {
                    ResumeUnderClaim(stored, refusals);
                }

                return;
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Reading it back failed too (the store, or anything a resume reads): the next attempt waits longer.
                reason = e.Message;
            }
        }
    }

    /// <summary>Resumes the execution unless a run of it holds the name already; a resume that fails lets the claim go.</summary>
    private void ResumeUnderClaim(ExecutionRecord execution, int refusals)
    {
        var claim = live.Claim(execution.Account, execution.FlowName, execution.Name, () => Task.FromResult(Resume(execution, refusals)));
        try
        {
            _ = claim.Value;
        }
        catch
        {
            live.Release(execution.Account, execution.FlowName, execution.Name, claim);
            throw;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Execution {Execution} of flow {Flow} could not store its progress ({Reason}); it runs again from its last stored checkpoint in {Seconds} s")]
        public static partial void CheckpointRefused(ILogger logger, string flow, string execution, string? reason, double seconds);
    }
}
