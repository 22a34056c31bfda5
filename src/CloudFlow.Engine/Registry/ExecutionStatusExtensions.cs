namespace CloudFlow.Engine.Registry;

public static class ExecutionStatusExtensions
{
    public static bool IsTerminal(this ExecutionStatus status) => status is not (ExecutionStatus.Starting or ExecutionStatus.Running);
}
