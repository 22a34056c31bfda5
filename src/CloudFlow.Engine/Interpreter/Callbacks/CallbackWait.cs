using CloudFlow.Engine.Storage;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>One Task visit waiting for ReportTaskSucceeded or ReportTaskFailed on its token's slot.</summary>
internal sealed class CallbackWait : IDisposable
{
    private readonly ExecutionStore _store;
    private readonly CallbackRegistry _registry;
    private readonly long _execution;
    private readonly long _slot;
    private readonly CallbackWaiter _waiter;

    public CallbackWait(ExecutionStore store, CallbackRegistry registry, long execution, long slot)
    {
        _store = store;
        _registry = registry;
        _execution = execution;
        _slot = slot;
        _waiter = registry.Join(execution, slot);
    }

    /// <summary>A report stored already: one that came before the wait began, or before a restart.</summary>
    public TaskOutcome? Stored() =>
        _store.FindEffect(_execution, CallbackRegistry.SlotKey(_slot)) is { } text ? TaskOutcome.Parse(text) : null;

    /// <summary>Joined before the store is read, so a report either is in the store or reaches the waiter.</summary>
    public async Task<TaskOutcome> WaitAsync(CancellationToken cancellationToken) =>
        Stored() ?? await _waiter.Outcome.Task.WaitAsync(cancellationToken);

    /// <summary>The event that recorded the outcome: the reporter answers with its id (api.md ReportTaskSucceeded).</summary>
    public void Recorded(long eventId) => _waiter.EventId.TrySetResult(eventId);

    public void Dispose() => _registry.Leave(_execution, _slot, _waiter);
}
