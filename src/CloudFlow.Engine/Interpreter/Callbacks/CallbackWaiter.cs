namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>Where a report meets the Task waiting for it: the outcome goes one way, the recorded event's id the other.</summary>
internal sealed class CallbackWaiter
{
    public TaskCompletionSource<TaskOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<long> EventId { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many have joined it and not left: counted by <see cref="CallbackRegistry"/>, under its lock.</summary>
    internal int Holders { get; set; }
}
