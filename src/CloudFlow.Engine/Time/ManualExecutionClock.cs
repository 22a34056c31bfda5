namespace CloudFlow.Engine.Time;

/// <summary>
/// One execution's view of the manual clock. It counts the execution's active lines of work (its main line,
/// Parallel branches, Map iterations): the execution is busy for the global clock while any of them runs, and
/// idle once every one of them waits, so Advance settles correctly even with branches waiting side by side.
/// </summary>
internal sealed class ManualExecutionClock(ManualClock clock) : IExecutionClock
{
    private readonly Lock _lock = new();
    private int _active;

    public DateTimeOffset Now => clock.Now;

    public TimeSpan Offset => TimeSpan.Zero;

    public async ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken) =>
        await clock.WaitUntilAsync(deadline, Exit, Enter, cancellationToken);

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        clock.WaitUntilAsync(at, onWait: null, onWake: null, cancellationToken);

    public IDisposable Running()
    {
        Enter();
        return new Scope(Exit);
    }

    public IDisposable Idle()
    {
        Exit();
        return new Scope(Enter);
    }

    private void Enter()
    {
        lock (_lock)
        {
            if (_active++ == 0)
            {
                clock.EnterBusy();
            }
        }
    }

    private void Exit()
    {
        lock (_lock)
        {
            if (--_active == 0)
            {
                clock.ExitBusy();
            }
        }
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                onDispose();
            }
        }
    }
}
