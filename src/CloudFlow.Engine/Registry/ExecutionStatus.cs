namespace CloudFlow.Engine.Registry;

/// <summary>api.md 2: the six statuses; names are the wire values.</summary>
public enum ExecutionStatus
{
    Starting,
    Running,
    Stopped,
    Succeeded,
    Failed,
    TimedOut,
}
