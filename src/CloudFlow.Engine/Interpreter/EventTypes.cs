namespace CloudFlow.Engine.Interpreter;

/// <summary>The 21 documented event types (api.md GetExecutionHistory); there are no others.</summary>
public static class EventTypes
{
    public const string StepEntered = "StepEntered";
    public const string StepStarted = "StepStarted";
    public const string StepSucceeded = "StepSucceeded";
    public const string StepFailed = "StepFailed";
    public const string StepExited = "StepExited";
    public const string BranchEntered = "BranchEntered";
    public const string BranchExited = "BranchExited";
    public const string IterationEntered = "IterationEntered";
    public const string IterationExited = "IterationExited";
    public const string TaskScheduled = "TaskScheduled";
    public const string TaskStarted = "TaskStarted";
    public const string TaskSubmitted = "TaskSubmitted";
    public const string TaskSubmitFailed = "TaskSubmitFailed";
    public const string TaskSucceeded = "TaskSucceeded";
    public const string TaskFailed = "TaskFailed";
    public const string TaskTimedOut = "TaskTimedOut";
    public const string ExecutionStarted = "ExecutionStarted";
    public const string ExecutionStopped = "ExecutionStopped";
    public const string ExecutionSucceeded = "ExecutionSucceeded";
    public const string ExecutionFailed = "ExecutionFailed";
    public const string ExecutionTimedOut = "ExecutionTimedOut";
}
