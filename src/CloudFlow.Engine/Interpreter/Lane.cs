using System.Runtime.InteropServices;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// One line of execution: the top level, one Parallel branch run or one Map iteration run. Events inside a lane
/// are sequential, so (path, sequence number) identifies an event across a replay.
/// </summary>
public sealed class Lane(string path, long lastEventId)
{
    private Dictionary<string, int>? _visits;

    public string Path { get; } = path;

    public int NextSeq { get; set; }

    /// <summary>The previous event of this lane: the next event's ScheduleEventId.</summary>
    public long LastEventId { get; set; } = lastEventId;

    /// <summary>1-based count of visits of a state in this lane; part of child lane paths and effect keys.</summary>
    public int Visit(string stateName)
    {
        _visits ??= new Dictionary<string, int>(StringComparer.Ordinal);
        return ++CollectionsMarshal.GetValueRefOrAddDefault(_visits, stateName, out _);
    }

    public Lane Child(string segment) => new($"{Path}/{segment}", LastEventId);
}
