using CloudFlow.Engine.Registry;
using CloudFlow.Language.Definitions;
using Microsoft.Extensions.Logging;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Runs an execution to its end and stores the end. Whatever happens inside becomes a final status with an
/// error and cause: nothing escapes to kill a worker or leave an execution stuck (issue 6, containment). The one
/// exception is an abandoned run: it stops at once and stores nothing. At shutdown the next start replays it from its
/// last checkpoint (decisions.md, Durability), as after a crash; a new execution whose name was taken never existed.
/// </summary>
internal sealed partial class ExecutionRunner(ScopeRunner scopes, TaskReports reports, ILogger<ExecutionRunner> logger)
{
    /// <summary>The stored end; throws <see cref="OperationCanceledException"/> when the run was abandoned.</summary>
    public async Task<ExecutionRecord> RunAsync(ExecutionRun run)
    {
        var root = run.RootLane;
        var record = run.Record;
        ExecutionRecord final;
        using var timeout = new CancellationTokenSource();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(run.StopToken, run.AbandonToken, timeout.Token);
        if (run.TimeoutAt is { } timeoutAt)
        {
            _ = CancelAtAsync(run, timeoutAt, timeout);
        }

        try
        {
            run.RecordStarted();
            var output = await scopes.RunFlowAsync(run, cancellation.Token);
            var text = JsonText.Of(output);
            run.History.Append(root, EventTypes.ExecutionSucceeded, "", EventDetail.Output(output), final: true);
            final = record with { Status = ExecutionStatus.Succeeded, Output = text };
        }
        catch (OperationCanceledException) when (run.StopReason is { } stop)
        {
            run.History.Append(root, EventTypes.ExecutionStopped, "", EventDetail.Failure(stop.Error, stop.Cause), final: true);
            final = record with { Status = ExecutionStatus.Stopped, ErrorCode = stop.Error, ErrorCause = stop.Cause };
        }
        catch (Exception e) when (e is ExecutionTimedOutException || e is OperationCanceledException && timeout.IsCancellationRequested)
        {
            var cause = e is ExecutionTimedOutException ? e.Message : new ExecutionTimedOutException(run.TimeoutSeconds ?? 0).Message;
            run.History.Append(root, EventTypes.ExecutionTimedOut, "", EventDetail.Failure(ErrorNames.Timeout, cause), final: true);
            final = record with { Status = ExecutionStatus.TimedOut, ErrorCode = ErrorNames.Timeout, ErrorCause = cause };
        }
        catch (Exception e) when (!run.AbandonToken.IsCancellationRequested)
        {
            var (error, cause) = e switch
            {
                StateErrorException failure => (failure.Error, failure.Cause),
                HistoryLimitExceededException => (ErrorNames.HistoryLimitExceeded, e.Message),
                _ => (ErrorNames.RuntimeError, $"The emulator failed to run the execution: {e.Message}"),
            };
            if (e is not StateErrorException)
            {
                Log.ExecutionCrashed(logger, e, record.FlowName, record.Name);
            }

            run.History.Append(root, EventTypes.ExecutionFailed, "", EventDetail.Failure(error, cause), final: true);
            final = record with { Status = ExecutionStatus.Failed, ErrorCode = error, ErrorCause = cause };
        }
        finally
        {
            // Ends the flow-timeout timer, which would otherwise outlive the execution.
            await timeout.CancelAsync();
        }

        final = final with { StoppedTime = run.Clock.Now, ClockOffset = run.Clock.Offset };
        await StoreEndAsync(run, final);
        return final;
    }

    /// <summary>
    /// The end of an execution started with a CallbackFnFTaskToken is stored with its report to the parent task, in
    /// one write: stored apart, a crash between them left the parent waiting for a child that had ended.
    /// </summary>
    private Task StoreEndAsync(ExecutionRun run, ExecutionRecord final) =>
        final.CallbackTaskToken is null ? run.CheckpointAsync(final) : StoreEndWithReportAsync(run, final);

    private async Task StoreEndWithReportAsync(ExecutionRun run, ExecutionRecord final)
    {
        if (reports.PrepareEnd(final) is not { } report)
        {
            await run.CheckpointAsync(final);
            Log.ParentNotTold(logger, final.FlowName, final.Name, "the execution the token names does not exist any more");
            return;
        }

        try
        {
            await run.CheckpointAsync(final, report.Slot);
        }
        finally
        {
            reports.Finish(report);
        }

        if (!report.Slot.Claimed)
        {
            Log.ParentNotTold(logger, final.FlowName, final.Name, "that task has completed already, or its execution has ended");
        }
    }

    /// <summary>Cancels <paramref name="timeout"/> when the flow's Timeout passes on the execution's clock.</summary>
    private static async Task CancelAtAsync(ExecutionRun run, DateTimeOffset at, CancellationTokenSource timeout)
    {
        try
        {
            await run.Clock.TimerAsync(at, timeout.Token);
            await timeout.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The execution ended first.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Execution {Execution} of flow {Flow} ended, but its CallbackFnFTaskToken was not taken: {Reason}")]
        public static partial void ParentNotTold(ILogger logger, string flow, string execution, string reason);

        [LoggerMessage(Level = LogLevel.Error, Message = "Execution {Execution} of flow {Flow} failed inside the emulator")]
        public static partial void ExecutionCrashed(ILogger logger, Exception exception, string flow, string execution);
    }
}
