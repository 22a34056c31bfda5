namespace CloudFlow.Engine.Time;

internal sealed class ManualExecutionClock(ManualClock clock) : IExecutionClock
{
    public DateTimeOffset Now => clock.Now;

    public TimeSpan Offset => TimeSpan.Zero;

    public async ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken) =>
        await clock.WaitUntilAsync(deadline, countsAsWaiting: true, cancellationToken);

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        clock.WaitUntilAsync(at, countsAsWaiting: false, cancellationToken);

    public IDisposable Running()
    {
        clock.EnterBusy();
        return new Scope(clock.ExitBusy);
    }

    public IDisposable Idle()
    {
        clock.ExitBusy();
        return new Scope(clock.EnterBusy);
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
