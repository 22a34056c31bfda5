namespace CloudFlow.Engine.Time;

/// <summary>
/// One execution on the manual clock. It counts the execution's running lanes (top level, Parallel branches, Map
/// workers, minus those waiting), so Advance knows when the execution has reached its next wait point or its end.
/// </summary>
internal sealed class ManualExecutionClock(ManualClock clock) : IExecutionClock
{
    public DateTimeOffset Now => clock.Now;

    public TimeSpan Offset => TimeSpan.Zero;

    /// <summary>Running lanes; changed only under the manual clock's lock.</summary>
    internal int RunningLanes { get; set; }

    public async ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken) =>
        await clock.WaitUntilAsync(deadline, this, cancellationToken);

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        clock.WaitUntilAsync(at, lane: null, cancellationToken);

    public IDisposable Running()
    {
        clock.Shift(this, +1);
        return new Scope(() => clock.Shift(this, -1));
    }

    public IDisposable Idle()
    {
        clock.Shift(this, -1);
        return new Scope(() => clock.Shift(this, +1));
    }

    public LaneGroup Fork(int lanes)
    {
        clock.Shift(this, lanes - 1);
        return new LaneGroup(lanes, () => clock.Shift(this, -1));
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
