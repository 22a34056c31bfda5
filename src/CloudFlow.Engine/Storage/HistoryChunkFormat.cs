using System.Collections.Frozen;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// The compact form of one history row (one checkpoint's events). A step's four events repeat its name, lane and
/// detail, so each name, lane path and detail text is written once per chunk and referred to after that:
/// <code>
/// chunk  = version:byte event*
/// event  = type:byte idStep:varint scheduleBack:zigzag name:text timeStep:zigzag lane:text seq:varint detail:text
/// text   = 0 length:varint utf8 (new: the next index) | index+1 (repeats one of the last few)
/// </code>
/// idStep and timeStep (Unix ms) are differences from the previous event of the chunk (from 0 for the first one);
/// scheduleBack is EventId minus ScheduleEventId. Names, lanes and details share one index; a detail is its JSON text.
/// </summary>
internal static class HistoryChunkFormat
{
    public const byte Version = 1;
    public const int NewText = 0;

    public static readonly string[] Types =
    [
        EventTypes.StepEntered, EventTypes.StepStarted, EventTypes.StepSucceeded, EventTypes.StepFailed, EventTypes.StepExited,
        EventTypes.BranchEntered, EventTypes.BranchExited, EventTypes.IterationEntered, EventTypes.IterationExited,
        EventTypes.TaskScheduled, EventTypes.TaskStarted, EventTypes.TaskSubmitted, EventTypes.TaskSubmitFailed,
        EventTypes.TaskSucceeded, EventTypes.TaskFailed, EventTypes.TaskTimedOut, EventTypes.ExecutionStarted,
        EventTypes.ExecutionStopped, EventTypes.ExecutionSucceeded, EventTypes.ExecutionFailed, EventTypes.ExecutionTimedOut,
    ];

    public static readonly FrozenDictionary<string, byte> TypeCodes =
        Types.Select((type, code) => KeyValuePair.Create(type, (byte)code)).ToFrozenDictionary(StringComparer.Ordinal);

    public static long ZigZag(long value) => (value << 1) ^ (value >> 63);

    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
