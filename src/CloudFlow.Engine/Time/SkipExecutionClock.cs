namespace CloudFlow.Engine.Time;

/// <summary>Real time plus an offset that grows by every wait it skips, so waits end at once (decisions.md).</summary>
internal sealed class SkipExecutionClock(TimeProvider time, TimeSpan offset) : IExecutionClock
{
    private long _offsetTicks = offset.Ticks;

    public DateTimeOffset Now => time.GetUtcNow() + Offset;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var skip = deadline - Now;
        if (skip > TimeSpan.Zero)
        {
            Interlocked.Add(ref _offsetTicks, skip.Ticks);
        }

        return ValueTask.CompletedTask;
    }

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpanExtensions.AtLeastZero(at - Now), time, cancellationToken);
}
