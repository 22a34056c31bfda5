using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Storage;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// ReportTaskSucceeded and ReportTaskFailed (api.md), and the report a child execution makes to its
/// CallbackFnFTaskToken. A report is stored in the task's slot before anything else, so it completes the task even
/// when the execution is not running yet (a restart, a replay that has not reached the task).
/// </summary>
internal sealed class TaskReports(ExecutionStore store, LiveExecutions live, TaskTokens tokens, CallbackRegistry callbacks)
{
    /// <summary>
    /// How long an answer waits for the task to record the report (api.md: the answer carries that event's id); below
    /// the SDKs' default read timeout of 3 s, so a slow replay does not turn a stored report into a client error.
    /// </summary>
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(2);

    /// <summary>The id of the TaskSucceeded or TaskFailed event; 0 when the execution has not reached the task in time.</summary>
    public async Task<long> ReportAsync(string account, string token, TaskOutcome outcome, CancellationToken cancellationToken)
    {
        var (execution, slot, waiter) = await DeliverAsync(account, token, outcome);
        try
        {
            // Not live yet (resuming after a restart): its replay records on this same waiter when it reaches the task.
            var ended = live.Find(account, execution.FlowName, execution.Name)?.Completion ?? Task.Delay(Timeout.Infinite, cancellationToken);
            var recorded = waiter.EventId.Task;
            await Task.WhenAny(recorded, ended, Task.Delay(EventWait, cancellationToken));
            return recorded.IsCompletedSuccessfully ? recorded.Result
                : ended.IsCompletedSuccessfully ? throw AlreadyCompleted(token)
                : 0;
        }
        finally
        {
            callbacks.Leave(execution.Id, slot, waiter);
        }
    }

    /// <summary>
    /// A finished child's end for the parent task its CallbackFnFTaskToken names: <see cref="ParentReport.Slot"/> is
    /// claimed in the write that stores the child's end, then <see cref="Finish"/> hands the outcome to the waiting
    /// task. Null when the token names no execution any more (its flow was deleted).
    /// </summary>
    public ParentReport? PrepareEnd(ExecutionRecord child)
    {
        if (tokens.Verify(child.Account, child.CallbackTaskToken!) is not { } task || store.Find(child.Account, task.Flow, task.Execution) is not { } parent)
        {
            return null;
        }

        var outcome = ExecutionEnds.OutcomeOf(child);
        // Joined before the claim, as for ReportTaskSucceeded: a task that reads the slot meanwhile finds this waiter.
        var waiter = callbacks.Join(parent.Id, task.Slot);
        return new ParentReport(parent.Id, task.Slot, waiter, outcome, new SlotClaim(parent.Id, CallbackRegistry.SlotKey(task.Slot), outcome.Serialize()));
    }

    /// <summary>After the child's end was written, or failed to be: a claimed slot's outcome goes to the task waiting on it.</summary>
    public void Finish(ParentReport report)
    {
        if (report.Slot.Claimed)
        {
            report.Waiter.Outcome.TrySetResult(report.Outcome);
        }

        callbacks.Leave(report.Execution, report.SlotId, report.Waiter);
    }

    /// <summary>
    /// The token's execution must exist and its task must not have ended: the slot takes one outcome only. The waiter
    /// is joined before the slot is claimed, so a task that reads the slot meanwhile records on this same waiter.
    /// </summary>
    private async Task<(ExecutionRecord Execution, long Slot, CallbackWaiter Waiter)> DeliverAsync(string account, string token, TaskOutcome outcome)
    {
        var task = tokens.Verify(account, token) ?? throw CloudFlowException.InvalidArgument("TaskToken is not a task token issued by this emulator.");
        var execution = store.Find(account, task.Flow, task.Execution)
            ?? throw CloudFlowException.InvalidArgument($"TaskToken names execution {task.Execution} of flow {task.Flow}, which does not exist.");
        var waiter = callbacks.Join(execution.Id, task.Slot);
        try
        {
            if (execution.Status.IsTerminal() || !await store.TryClaimEffectAsync(execution.Id, CallbackRegistry.SlotKey(task.Slot), outcome.Serialize()))
            {
                throw AlreadyCompleted(token);
            }
        }
        catch
        {
            // Not claimed, or the store refused the claim: the waiting task keeps its own hold on the meeting point.
            callbacks.Leave(execution.Id, task.Slot, waiter);
            throw;
        }

        waiter.Outcome.TrySetResult(outcome);
        return (execution, task.Slot, waiter);
    }

    private static CloudFlowException AlreadyCompleted(string token) => new(ErrorCodes.TaskAlreadyCompleted, $"Task {token} has already completed.");
}
