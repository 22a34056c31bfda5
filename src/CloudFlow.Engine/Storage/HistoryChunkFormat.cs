using System.Collections.Frozen;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// The compact form of one history row (one checkpoint's events). Consecutive events mostly share their lane, time
/// and step, and a step's events share their data, so each event writes only what differs from the event before it;
/// the events an instant step records together (<see cref="InstantStep"/>) are one record:
/// <code>
/// chunk   = FormatVersion:byte record*
/// record  = event | instant
/// event   = type:byte same:byte [idStep:varint] [scheduleBack:zigzag] [timeStep:zigzag] [name:text] [lane:text] [seq:varint] [detail:text]
/// instant = InstantSteps+step:byte same:byte (the fields of its StepEntered, as in event) repeats:byte detail:text*
/// text    = 0 length:varint utf8 (new) | rank:varint (the rank-th most recent of the last few new ones, 1 = newest)
/// </code>
/// A field is present when its bit of <c>same</c> is clear; a set bit means the usual value: EventId one more than
/// the previous event's, ScheduleEventId one less than its own, and the previous event's time, name, lane, sequence
/// plus one and detail (its JSON text). Times are Unix ms; steps are differences from the previous event, whose
/// values start at 0 (sequence −1) for the first event of a chunk. Names and lanes share one list of recent texts,
/// details have their own. Each event of an instant record after the first has the usual values of every field but
/// its detail, which is the previous event's when its bit of <c>repeats</c> is set (bit 0 for the second event) and
/// follows as a text otherwise. Version 2 is this format without instant records.
/// </summary>
internal static class HistoryChunkFormat
{
    public const byte FormatVersion = 3;
    public const byte OldestReadableVersion = 2;
    public const int NewText = 0;
    public const int RecentTexts = 8;

    public const byte NextId = 1;
    public const byte PreviousSchedule = 2;
    public const byte SameTime = 4;
    public const byte SameName = 8;
    public const byte SameLane = 16;
    public const byte NextSeq = 32;
    public const byte SameDetail = 64;

    /// <summary>The code of the first instant record kind; event type codes stay below it.</summary>
    public const byte InstantSteps = 128;

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

    /// <summary>The bit of <c>repeats</c> set when the <paramref name="index"/>-th event of an instant record repeats the previous detail.</summary>
    public static int RepeatBit(int index) => 1 << (index - 1);

    public static long ZigZag(long value) => (value << 1) ^ (value >> 63);

    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
