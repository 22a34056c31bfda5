using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Storage;

namespace CloudFlow.Engine.Registry;

/// <summary>A child execution's end on its way to the parent task's slot <paramref name="SlotId"/> (<see cref="TaskReports.PrepareEnd"/>).</summary>
internal sealed record ParentReport(long Execution, long SlotId, CallbackWaiter Waiter, TaskOutcome Outcome, SlotClaim Slot);
