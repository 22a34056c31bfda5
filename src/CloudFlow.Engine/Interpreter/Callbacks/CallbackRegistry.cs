using System.Collections.Concurrent;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>
/// Live meeting points of reports and waiting Tasks, by execution id and slot. Either side may arrive first; the
/// durable record of a report is the store's callback slot, so this only saves the waiting Task a read.
/// </summary>
internal sealed class CallbackRegistry
{
    private readonly ConcurrentDictionary<(long Execution, long Slot), CallbackWaiter> _waiters = new();

    public static string SlotKey(long slot) => $"callback:{slot}";

    public CallbackWaiter Join(long execution, long slot) => _waiters.GetOrAdd((execution, slot), _ => new CallbackWaiter());

    public void Leave(long execution, long slot, CallbackWaiter waiter) => _waiters.TryRemove(new((execution, slot), waiter));
}
