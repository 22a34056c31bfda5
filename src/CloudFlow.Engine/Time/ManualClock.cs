using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Time;

/// <summary>
/// The one global virtual clock of <c>manual</c> mode. It moves only when told to; Advance answers once every
/// execution it woke has reached its next wait point or its end (decisions.md), tracked by a busy count.
/// </summary>
public sealed class ManualClock(DateTimeOffset start, Action<DateTimeOffset> persist) : IActivityListener
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

    /// <summary>
    /// Lets the executions already running reach their wait points, moves the clock, wakes what fell due and
    /// answers once those have settled too (each wait at most 30 s).
    /// </summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by)
    {
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
        }

        persist(now);
        Advanced?.Invoke(now);

        // Woken executions become busy before Advance looks for quiet, not when their continuations get to run. A
        // wait cancelled earlier (a stopped execution) was woken by its cancellation and is not woken again.
        foreach (var waiter in due)
        {
            if (waiter.TryClaim())
            {
                waiter.OnWake?.Invoke();
                waiter.Completion.TrySetResult();
            }
        }

        await Task.WhenAny(SettledTask(), Task.Delay(SettleLimit));
        return now;
    }

    /// <summary>A wait of an execution (<paramref name="onWait"/> marks it idle, <paramref name="onWake"/> busy again) or a bare timer.</summary>
    internal Task WaitUntilAsync(DateTimeOffset deadline, Action? onWait, Action? onWake, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), onWake);
        lock (_lock)
        {
            if (deadline <= _now)
            {
                return Task.CompletedTask;
            }

            _waiters.Enqueue(waiter, deadline);
        }

        onWait?.Invoke();
        cancellationToken.Register(() =>
        {
            if (waiter.TryClaim())
            {
                onWake?.Invoke();
                waiter.Completion.TrySetCanceled(cancellationToken);
            }
        });
        return waiter.Completion.Task;
    }

    /// <summary>One more execution (or the schedule worker) busy: Advance waits until none is.</summary>
    void IActivityListener.Busy()
    {
        lock (_lock)
        {
            _busy++;
        }
    }

    void IActivityListener.Idle()
    {
        lock (_lock)
        {
            if (--_busy <= 0)
            {
                _busy = 0;
                _settled.TrySetResult();
            }
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

    /// <summary>One wait; whichever comes first, its deadline or its cancellation, claims it.</summary>
    private sealed class Waiter(TaskCompletionSource completion, Action? onWake)
    {
        private int _claimed;

        public TaskCompletionSource Completion { get; } = completion;

        public Action? OnWake { get; } = onWake;

        public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;
    }

    private static TaskCompletionSource NewSettled() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
