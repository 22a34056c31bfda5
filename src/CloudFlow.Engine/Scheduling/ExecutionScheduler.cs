using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// Runs executions in the places of <see cref="ExecutionPlaces"/>. A run that finds a place free starts on its
/// caller's thread: a new execution's states up to its first checkpoint run inside StartExecution, and when that
/// checkpoint is its end, the execution is stored in one write with no hand-off to another thread. The others wait
/// in the queue for <see cref="ExecutionWorker"/>.
/// </summary>
internal sealed partial class ExecutionScheduler(
    ExecutionQueue queue,
    ExecutionRunner runner,
    ExecutionRecovery recovery,
    LiveExecutions live,
    IOptions<CloudFlowOptions> options,
    ILogger<ExecutionScheduler> logger)
{
    private readonly ExecutionPlaces _places = new(Math.Max(1, options.Value.MaxConcurrentExecutions));
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _stopping;

    /// <summary>
    /// A new execution: true once it is stored, false if its name is taken in storage. Without a free place it is
    /// stored as it is and queued, so StartExecution never waits for another execution to end.
    /// </summary>
    public async Task<bool> StartNewAsync(ExecutionRun run)
    {
        if (_places.TryTake())
        {
            StartOnCallerThread(run);
            return await run.Stored;
        }

        bool stored;
        try
        {
            stored = await run.StoreAsync();
        }
        catch
        {
            run.Dispose();
            throw;
        }

        if (!stored)
        {
            run.Dispose();
            return false;
        }

        queue.Enqueue(run);
        return true;
    }

    /// <summary>An Express run, which is never stored: now if a place is free, else queued.</summary>
    public void Start(ExecutionRun run)
    {
        if (_places.TryTake())
        {
            StartOnCallerThread(run);
        }
        else
        {
            queue.Enqueue(run);
        }
    }

    /// <summary>Runs queued executions as places free up, until <paramref name="stoppingToken"/>; then waits for every run to return.</summary>
    public async Task RunQueuedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var run in queue.Reader.ReadAllAsync(stoppingToken))
            {
                // Not cancellable, so a run taken from the queue is never dropped: at shutdown the running ones are
                // already stopping (ApplicationStopping comes first) and free their places at once.
                await _places.TakeAsync();
                _ = RunAsync(run, onCallerThread: false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Close();
        }

        // Both sides fence (Exchange here, Decrement there) before reading the other's field: one of them sees the other.
        Interlocked.Exchange(ref _stopping, 1);
        if (Volatile.Read(ref _inFlight) > 0)
        {
            await _drained.Task;
        }
    }

    /// <summary>
    /// The run starts here and goes on without the caller's execution context: a StartExecution request's logging
    /// scope and trace must not follow the execution for the rest of its life.
    /// </summary>
    private void StartOnCallerThread(ExecutionRun run)
    {
        // Already suppressed when an Express run starts a child before its first await.
        AsyncFlowControl? flow = ExecutionContext.IsFlowSuppressed() ? null : ExecutionContext.SuppressFlow();
        try
        {
            _ = RunAsync(run, onCallerThread: true);
        }
        finally
        {
            flow?.Undo();
        }
    }

    private async Task RunAsync(ExecutionRun run, bool onCallerThread)
    {
        Interlocked.Increment(ref _inFlight);
        run.Activity.Occupy(_places);
        try
        {
            if (!onCallerThread)
            {
                await Task.Yield();
            }

            run.CompletionSource.TrySetResult(await runner.RunAsync(run));
        }
        catch (Exception) when (run.AbandonToken.IsCancellationRequested)
        {
            run.CompletionSource.TrySetCanceled();
            if (run.StoreFailure is not null)
            {
                _ = recovery.ResumeAfterRefusalAsync(run);
            }
        }
        catch (Exception e)
        {
            Log.RunFailed(logger, e, run.Record.FlowName, run.Record.Name);
            run.CompletionSource.TrySetException(e);
        }
        finally
        {
            // A run that never got stored leaves its name's claim to the StartExecution that made it.
            if (run.Stored is { IsCompletedSuccessfully: true, Result: true })
            {
                live.Remove(run);
            }

            run.Activity.Vacate();
            run.Dispose();
            if (Interlocked.Decrement(ref _inFlight) == 0 && Volatile.Read(ref _stopping) == 1)
            {
                _drained.TrySetResult();
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Execution {Execution} of flow {Flow} could not be finished")]
        public static partial void RunFailed(ILogger logger, Exception exception, string flow, string execution);
    }
}
