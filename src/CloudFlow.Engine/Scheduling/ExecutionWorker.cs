using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Registry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// Drains the queue with bounded concurrency. At start it resumes every unfinished execution from storage, in
/// the background, so /health answers before recovery ends (decisions.md, Host). At shutdown it stops taking work
/// and waits for the running executions, which stop at once without storing anything more (the shutdown token of
/// <see cref="ExecutionRun"/>): what they did since their last checkpoint is replayed on the next start.
/// </summary>
internal sealed partial class ExecutionWorker(
    ExecutionQueue queue,
    ExecutionRunner runner,
    ExecutionRegistry registry,
    TaskReports reports,
    IOptions<CloudFlowOptions> options,
    ILogger<ExecutionWorker> logger) : BackgroundService
{
    private readonly int _concurrency = Math.Max(1, options.Value.MaxConcurrentExecutions);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        registry.ResumeUnfinished();
        using var slots = new SemaphoreSlim(_concurrency);
        try
        {
            await foreach (var run in queue.Reader.ReadAllAsync(stoppingToken))
            {
                // Not cancellable, so a run taken from the queue is never dropped: at shutdown the running ones are
                // already stopping (ApplicationStopping comes first) and free their slots at once.
                await slots.WaitAsync(CancellationToken.None);
                _ = RunAsync(run, slots);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Close();
        }

        // Every slot free again means every run has returned.
        for (var i = 0; i < _concurrency; i++)
        {
            await slots.WaitAsync(CancellationToken.None);
        }
    }

    private async Task RunAsync(ExecutionRun run, SemaphoreSlim slots)
    {
        try
        {
            await Task.Yield();
            var final = await runner.RunAsync(run);
            run.CompletionSource.TrySetResult(final);
            if (final.CallbackTaskToken is not null)
            {
                await ReportToParentAsync(final);
            }
        }
        catch (Exception) when (run.ShutdownToken.IsCancellationRequested)
        {
            run.CompletionSource.TrySetCanceled();
        }
        catch (Exception e)
        {
            Log.RunFailed(logger, e, run.Record.FlowName, run.Record.Name);
            run.CompletionSource.TrySetException(e);
        }
        finally
        {
            registry.Forget(run);
            run.Dispose();
            slots.Release();
        }
    }

    /// <summary>StartExecution's CallbackFnFTaskToken: the parent task learns this execution's end.</summary>
    private async Task ReportToParentAsync(ExecutionRecord final)
    {
        try
        {
            await reports.ReportEndAsync(final);
        }
        catch (CloudFlowException e)
        {
            Log.ParentNotTold(logger, final.FlowName, final.Name, e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Execution {Execution} of flow {Flow} ended, but its CallbackFnFTaskToken was not taken: {Reason}")]
        public static partial void ParentNotTold(ILogger logger, string flow, string execution, string reason);

        [LoggerMessage(Level = LogLevel.Error, Message = "Execution {Execution} of flow {Flow} could not be finished")]
        public static partial void RunFailed(ILogger logger, Exception exception, string flow, string execution);
    }
}
