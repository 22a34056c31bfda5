namespace CloudFlow.Engine.Scheduling;

/// <summary>Tells the schedule worker that schedules changed, so it recomputes its next firing instead of sleeping on.</summary>
internal sealed class ScheduleChanges : IDisposable
{
    private CancellationTokenSource _changed = new();

    /// <summary>Cancelled at the next change; read it before reading the schedules, so no change slips in between.</summary>
    public CancellationToken Token => Volatile.Read(ref _changed).Token;

    // The replaced source is cancelled, not disposed: the worker may still be linking to its token.
    public void Notify() => Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();

    public void Dispose() => _changed.Dispose();
}
