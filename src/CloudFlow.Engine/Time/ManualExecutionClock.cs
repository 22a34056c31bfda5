using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Time;

/// <summary>One execution's view of the manual clock: a wait marks the execution's line idle once it is registered, and busy again when it wakes.</summary>
internal sealed class ManualExecutionClock(ManualClock clock, ExecutionActivity activity) : IExecutionClock
{
    public DateTimeOffset Now => clock.Now;

    public TimeSpan Offset => TimeSpan.Zero;

    public async ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken) =>
        await clock.WaitUntilAsync(deadline, activity.Exit, activity.Enter, cancellationToken);

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        clock.WaitUntilAsync(at, onWait: null, onWake: null, cancellationToken);
}
