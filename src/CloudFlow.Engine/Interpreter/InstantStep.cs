namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// How an instant step ended, which fixes the events it records together (StateRunner): the history stores them as
/// one record and expands them when read.
/// </summary>
internal enum InstantStep : byte
{
    /// <summary>StepEntered, StepStarted, StepSucceeded, StepExited.</summary>
    Succeeded,

    /// <summary>StepEntered, StepStarted, StepFailed, StepExited.</summary>
    Failed,

    /// <summary>StepEntered, StepFailed, StepExited: its input could not be built.</summary>
    FailedBeforeStart,
}

internal static class InstantStepEvents
{
    private static readonly string[][] ByStep =
    [
        [EventTypes.StepEntered, EventTypes.StepStarted, EventTypes.StepSucceeded, EventTypes.StepExited],
        [EventTypes.StepEntered, EventTypes.StepStarted, EventTypes.StepFailed, EventTypes.StepExited],
        [EventTypes.StepEntered, EventTypes.StepFailed, EventTypes.StepExited],
    ];

    /// <summary>The types of the step's events, in the order they happen.</summary>
    public static string[] TypesOf(InstantStep step) => ByStep[(int)step];
}
