using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// The <c>MaxConcurrentExecutions</c> places executions run in. An execution gives its place up while every line of
/// it waits (a Wait, a task's answer, a callback, a child) and takes one back when it wakes, even past the limit: only
/// runs that have not started wait for a place, so a waking execution never waits behind the ones it may be waiting
/// for (a parent behind its own children), and thousands of waiting executions do not block new ones.
/// </summary>
internal sealed class ExecutionPlaces(int limit) : IActivityListener
{
    private readonly Lock _lock = new();
    private int _taken;
    private TaskCompletionSource? _freed;

    public bool TryTake()
    {
        lock (_lock)
        {
            if (_taken >= limit)
            {
                return false;
            }

            _taken++;
            return true;
        }
    }

    /// <summary>Waits for a free place and takes it.</summary>
    public async Task TakeAsync()
    {
        while (true)
        {
            Task freed;
            lock (_lock)
            {
                if (_taken < limit)
                {
                    _taken++;
                    return;
                }

                _freed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                freed = _freed.Task;
            }

            await freed;
        }
    }

    /// <summary>An execution holding a place woke up.</summary>
    public void Busy()
    {
        lock (_lock)
        {
            _taken++;
        }
    }

    /// <summary>An execution holding a place waits, or ended.</summary>
    public void Idle()
    {
        TaskCompletionSource? freed;
        lock (_lock)
        {
            _taken--;
            (freed, _freed) = (_freed, null);
        }

        freed?.TrySetResult();
    }
}
