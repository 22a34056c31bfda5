namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>
/// Live meeting points of reports and waiting Tasks, by execution id and slot. Either side may arrive first; the
/// durable record of a report is the store's callback slot, so this only saves the waiting Task a read. A meeting
/// point lasts while anyone holds it: a reporter whose report did not take must not take the waiting Task's away.
/// </summary>
internal sealed class CallbackRegistry
{
    private readonly Dictionary<(long Execution, long Slot), CallbackWaiter> _waiters = [];
    private readonly Lock _lock = new();

    public static string SlotKey(long slot) => $"callback:{slot}";

    public CallbackWaiter Join(long execution, long slot)
    {
        lock (_lock)
        {
            if (!_waiters.TryGetValue((execution, slot), out var waiter))
            {
                _waiters[(execution, slot)] = waiter = new CallbackWaiter();
            }

            waiter.Holders++;
            return waiter;
        }
    }

    public void Leave(long execution, long slot, CallbackWaiter waiter)
    {
        lock (_lock)
        {
            if (--waiter.Holders == 0)
            {
                _waiters.Remove((execution, slot));
            }
        }
    }
}
