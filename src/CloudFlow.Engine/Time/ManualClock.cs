namespace CloudFlow.Engine.Time;

/// <summary>
/// The one global virtual clock of <c>manual</c> mode. It moves only when told to; Advance answers once every
/// execution it woke has reached its next wait point or its end (decisions.md), tracked as the number of executions
/// with a running lane (<see cref="ManualExecutionClock"/>). An execution runs from its creation, not only once a
/// worker picks it up.
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

    /// <summary>
    /// Lets the running executions reach their wait points first, so one that was just started (or is replaying after a
    /// restart) sees the move instead of starting its wait after it; then moves, wakes and settles again.
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
                // The woken lanes run from now on: Advance must not see a quiet clock before they resume.
                if (waiter.TryFinish())
                {
                    due.Add(waiter);
                    ShiftLocked(waiter.Lane, +1);
                }
            }
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

    /// <summary>A lane's wait on time (<paramref name="lane"/> stops running while it waits), or a timer (no lane).</summary>
    internal Task WaitUntilAsync(DateTimeOffset deadline, ManualExecutionClock? lane, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(lane);
        lock (_lock)
        {
            if (deadline <= _now)
            {
                return Task.CompletedTask;
            }

            _waiters.Enqueue(waiter, deadline);
            ShiftLocked(lane, -1);
        }

        cancellationToken.Register(() =>
        {
            lock (_lock)
            {
                if (!waiter.TryFinish())
                {
                    return;
                }

                ShiftLocked(lane, +1);
            }

            waiter.Completion.TrySetCanceled(cancellationToken);
        });
        return waiter.Completion.Task;
    }

    /// <summary>Adds <paramref name="lanes"/> running lanes to the execution; it is busy while it has any.</summary>
    internal void Shift(ManualExecutionClock execution, int lanes)
    {
        lock (_lock)
        {
            ShiftLocked(execution, lanes);
        }
    }

    private void ShiftLocked(ManualExecutionClock? execution, int lanes)
    {
        if (execution is null || lanes == 0)
        {
            return;
        }

        var before = execution.RunningLanes;
        execution.RunningLanes = before + lanes;
        if (before <= 0 && execution.RunningLanes > 0)
        {
            _busy++;
        }
        else if (before > 0 && execution.RunningLanes <= 0 && --_busy == 0)
        {
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

    private static TaskCompletionSource NewSettled() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Woken or cancelled, whichever comes first; only that one moves the lane count.</summary>
    private sealed class Waiter(ManualExecutionClock? lane)
    {
        private bool _finished;

        public ManualExecutionClock? Lane { get; } = lane;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryFinish()
        {
            if (_finished)
            {
                return false;
            }

            _finished = true;
            return true;
        }
    }
}
