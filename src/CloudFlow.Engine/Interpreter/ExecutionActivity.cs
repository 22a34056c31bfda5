namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// An execution's running lines of work (its main line, Parallel branches, Map iterations). It is busy while any of
/// them runs and idle once every one waits (on time, a task's answer, a callback, a child), so branches waiting side
/// by side count right. Two listeners hear each change: the manual clock, whose Advance waits for busy executions to
/// settle, and the place the execution holds among <c>MaxConcurrentExecutions</c> while it runs.
/// </summary>
public sealed class ExecutionActivity
{
    private readonly Lock _lock = new();
    private readonly IActivityListener? _clock;
    private IActivityListener? _place;
    private int _active;

    internal ExecutionActivity(IActivityListener? clock) => _clock = clock;

    /// <summary>A line of work running until disposed.</summary>
    public IDisposable Running()
    {
        Enter();
        return new Scope(Exit);
    }

    /// <summary>The current line waiting on something other than time (a task, a callback, its branches) until disposed.</summary>
    public IDisposable Idle()
    {
        Exit();
        return new Scope(Enter);
    }

    internal void Enter()
    {
        lock (_lock)
        {
            if (_active++ == 0)
            {
                _clock?.Busy();
                _place?.Busy();
            }
        }
    }

    internal void Exit()
    {
        lock (_lock)
        {
            if (--_active == 0)
            {
                _clock?.Idle();
                _place?.Idle();
            }
        }
    }

    /// <summary>The execution was given a place to run in (it is busy then): it gives the place up while idle, and for good at its end.</summary>
    internal void Occupy(IActivityListener place)
    {
        lock (_lock)
        {
            _place = place;
        }
    }

    /// <summary>The run returned: its place is free, whatever its lines still count.</summary>
    internal void Vacate()
    {
        lock (_lock)
        {
            if (_active > 0)
            {
                _place?.Idle();
            }

            _place = null;
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
