namespace CloudFlow.Engine.Interpreter;

/// <summary>The flow-level Timeout passed (fdl.md 1.2; decisions.md: the execution ends TimedOut).</summary>
public sealed class ExecutionTimedOutException(int seconds)
    : Exception($"The execution exceeded the flow's timeout of {seconds} seconds.");
