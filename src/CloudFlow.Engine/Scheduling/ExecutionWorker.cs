using CloudFlow.Engine.Interpreter;
using Microsoft.Extensions.Hosting;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// At start it resumes every unfinished execution from storage, in the background, so /health answers before
/// recovery ends (decisions.md, Host); then it runs queued executions as places free up. At shutdown it stops taking
/// work and waits for the running executions, which stop at once without storing anything more (the abandon token
/// of <see cref="ExecutionRun"/>): what they did since their last checkpoint is replayed on the next start.
/// </summary>
internal sealed class ExecutionWorker(ExecutionRecovery recovery, ExecutionScheduler scheduler) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        recovery.ResumeUnfinished();
        return scheduler.RunQueuedAsync(stoppingToken);
    }
}
