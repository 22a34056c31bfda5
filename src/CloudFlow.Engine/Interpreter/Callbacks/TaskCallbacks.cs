using CloudFlow.Engine.Storage;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>
/// The executor's side of callbacks. A token names one Task visit; its slot holds at most one outcome: the first
/// report, or the mark that the visit ended without one (so every later report is TaskAlreadyCompleted).
/// </summary>
internal sealed class TaskCallbacks(ExecutionStore store, CallbackRegistry registry)
{
    public CallbackWait Open(StateContext context) => new(store, registry, context.Run.Record.Id, context.EnteredEventId);

    /// <summary>
    /// Marks the visit ended; a report already in the slot keeps it. Not during shutdown: the visit is only suspended
    /// and waits on after the restart, so its token must stay open (as a checkpoint is refused then, see ExecutionRun).
    /// </summary>
    public Task CloseAsync(StateContext context)
    {
        context.Run.AbandonToken.ThrowIfCancellationRequested();
        return store.TryClaimEffectAsync(context.Run.Record.Id, CallbackRegistry.SlotKey(context.EnteredEventId), TaskOutcome.EndedMark.Serialize());
    }
}
