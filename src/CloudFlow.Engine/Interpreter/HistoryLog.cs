using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Time;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The execution's history as it grows. On a replay after a restart, events already stored (matched by lane
/// and sequence) are not recorded again; only their ids are reused so ScheduleEventIds stay right.
/// </summary>
public sealed class HistoryLog
{
    private readonly Lock _lock = new();
    private readonly IExecutionClock _clock;
    private readonly int _limit;
    private readonly Dictionary<string, List<long>> _stored;
    private List<PendingEvent> _pending = [];
    private long _lastEventId;

    public HistoryLog(IExecutionClock clock, int limit, IReadOnlyList<HistoryEvent> stored)
    {
        _clock = clock;
        _limit = limit;
        _stored = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var e in stored)
        {
            if (!_stored.TryGetValue(e.Lane, out var ids))
            {
                _stored[e.Lane] = ids = [];
            }

            ids.Add(e.EventId);
            _lastEventId = Math.Max(_lastEventId, e.EventId);
        }
    }

    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _lastEventId;
            }
        }
    }

    /// <summary>Records an event; <paramref name="final"/> events may pass the history limit.</summary>
    public long Append(Lane lane, string type, string stepName, EventDetail detail, bool final = false)
    {
        lock (_lock)
        {
            var seq = lane.NextSeq++;
            if (_stored.TryGetValue(lane.Path, out var ids) && seq < ids.Count)
            {
                return lane.LastEventId = ids[seq];
            }

            if (!final && _lastEventId >= _limit)
            {
                throw new HistoryLimitExceededException(_limit);
            }

            var id = ++_lastEventId;
            _pending.Add(new PendingEvent(id, lane.LastEventId, type, stepName, _clock.Now, detail, lane.Path, seq));
            return lane.LastEventId = id;
        }
    }

    /// <summary>Whether the lane's latest event came from storage: a replay has not yet passed what was stored.</summary>
    public bool IsStored(Lane lane)
    {
        lock (_lock)
        {
            return _stored.TryGetValue(lane.Path, out var ids) && lane.NextSeq <= ids.Count;
        }
    }

    /// <summary>Takes the events recorded since the last call, serialized for storage.</summary>
    public List<HistoryEvent> TakePending()
    {
        List<PendingEvent> taken;
        lock (_lock)
        {
            taken = _pending;
            _pending = [];
        }

        var events = new List<HistoryEvent>(taken.Count);
        foreach (var e in taken)
        {
            events.Add(new HistoryEvent(e.Id, e.ScheduleId, e.Type, e.StepName, e.Time, e.Detail.Serialize(), e.Lane, e.Seq));
        }

        return events;
    }

    private readonly record struct PendingEvent(
        long Id, long ScheduleId, string Type, string StepName, DateTimeOffset Time, EventDetail Detail, string Lane, int Seq);
}
