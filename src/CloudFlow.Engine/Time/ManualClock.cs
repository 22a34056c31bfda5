namespace CloudFlow.Engine.Time;

/// <summary>
/// The one global virtual clock of <c>manual</c> mode. It moves only when told to; Advance answers once every
/// execution it woke has reached its next wait point or its end (decisions.md), tracked by a busy count.
/// </summary>
public sealed class ManualClock(DateTimeOffset start, Action<DateTimeOffset> persist)
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private readonly PriorityQueue<Waiter, DateTimeOffset> _waiters = new();
    private DateTimeOffset _now = start;
    private int _busy;
    private TaskCompletionSource _settled = NewSettled();

    public event Action<DateTimeOffset>? Advanced;

    public DateTimeOffset Now
    {
        get
        {
            lock (_lock)
            {
                return _now;
            }
        }
    }

    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by)
    {
        // Executions already running (one just started) first reach their next wait point at the time they started
        // at; otherwise a wait they start after the move would be measured from the new time.
        await SettleAsync();
        DateTimeOffset now;
        lock (_lock)
        {
            _now += by;
            now = _now;
            while (_waiters.TryPeek(out var waiter, out var deadline) && deadline <= _now)
            {
                _waiters.Dequeue();

                // The woken are busy from now on: Advance must not see a quiet clock before they resume. A waiter
                // cancelled earlier (a stopped execution) became busy when cancelled and is not counted again.
                if (waiter.Completion.TrySetResult() && waiter.CountsAsWaiting)
                {
                    _busy++;
                }
            }
        }

        persist(now);
        Advanced?.Invoke(now);

        await SettleAsync();
        return now;
    }

    /// <summary>An execution's wait (it stops being busy while it waits) or a timer (busy count untouched).</summary>
    internal Task WaitUntilAsync(DateTimeOffset deadline, bool countsAsWaiting, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), countsAsWaiting);
        lock (_lock)
        {
            if (deadline <= _now)
            {
                return Task.CompletedTask;
            }

            _waiters.Enqueue(waiter, deadline);
            if (countsAsWaiting)
            {
                ExitBusyLocked();
            }
        }

        cancellationToken.Register(() =>
        {
            if (waiter.Completion.TrySetCanceled(cancellationToken) && countsAsWaiting)
            {
                EnterBusy();
            }
        });
        return waiter.Completion.Task;
    }

    internal void EnterBusy()
    {
        lock (_lock)
        {
            _busy++;
        }
    }

    internal void ExitBusy()
    {
        lock (_lock)
        {
            ExitBusyLocked();
        }
    }

    private void ExitBusyLocked()
    {
        if (--_busy <= 0)
        {
            _busy = 0;
            _settled.TrySetResult();
        }
    }

    private async Task SettleAsync() => await Task.WhenAny(SettledTask(), Task.Delay(SettleLimit));

    private Task SettledTask()
    {
        lock (_lock)
        {
            if (_busy == 0)
            {
                return Task.CompletedTask;
            }

            if (_settled.Task.IsCompleted)
            {
                _settled = NewSettled();
            }

            return _settled.Task;
        }
    }

    private sealed record Waiter(TaskCompletionSource Completion, bool CountsAsWaiting);

    private static TaskCompletionSource NewSettled() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
