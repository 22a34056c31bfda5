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
        // Executions still busy at the current time (just started, or woken by the last advance) reach their wait
        // points first, so a Wait they enter now is timed from now and not from the advanced time.
        await Task.WhenAny(SettledTask(), Task.Delay(SettleLimit));
        List<Waiter> due = [];
        DateTimeOffset now;
        lock (_lock)
        {
            _now += by;
            now = _now;
            while (_waiters.TryPeek(out var waiter, out var deadline) && deadline <= _now)
            {
                _waiters.Dequeue();
                due.Add(waiter);
            }

            // The woken executions are busy from now on: Advance must not see a quiet clock before they resume.
            _busy += due.Count(w => w.CountsAsWaiting);
        }

        persist(now);
        Advanced?.Invoke(now);
        foreach (var waiter in due)
        {
            waiter.Completion.TrySetResult();
        }

        await Task.WhenAny(SettledTask(), Task.Delay(SettleLimit));
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
