using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The execution's history as it grows, encoded for storage as it is recorded. On a replay after a restart, events
/// already stored (matched by lane and sequence) are not recorded again; only their ids are reused so
/// ScheduleEventIds stay right. An Express run's history is never stored or shown (decisions.md), so its log only
/// numbers and counts events: ids, ScheduleEventIds and the history limit work as in a Standard run.
/// </summary>
public sealed class HistoryLog
{
    private readonly Lock _lock = new();
    private readonly IExecutionClock _clock;
    private readonly int _limit;
    private readonly Dictionary<string, List<long>> _stored;
    private readonly HistoryChunkWriter? _pending;
    private long _lastEventId;

    public HistoryLog(IExecutionClock clock, int limit, IReadOnlyList<HistoryEvent> stored, bool keepsEvents = true)
    {
        _clock = clock;
        _limit = limit;
        _pending = keepsEvents ? new HistoryChunkWriter() : null;
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

    /// <summary>False for an Express run: its events have no time or content to record, so callers need not read the clock for them.</summary>
    public bool KeepsEvents => _pending is not null;

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

    /// <summary>
    /// Records an event that happens now, or <paramref name="at"/> a time already fixed; <paramref name="final"/>
    /// events may pass the history limit.
    /// </summary>
    public long Append(Lane lane, string type, string stepName, EventDetail detail, bool final = false, DateTimeOffset? at = null)
    {
        lock (_lock)
        {
            return AppendLocked(lane, type, stepName, detail, final, at ?? (KeepsEvents ? _clock.Now : default));
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

    /// <summary>
    /// The events of an instant step, all at <paramref name="at"/>, one per detail in the order of
    /// <see cref="InstantStepEvents.TypesOf"/>: one lock and, unless a replay has stored them or they pass the limit,
    /// one record.
    /// </summary>
    internal void Append(Lane lane, string stepName, DateTimeOffset at, InstantStep step, ReadOnlySpan<EventDetail> details)
    {
        var types = InstantStepEvents.TypesOf(step);
        if (details.Length != types.Length)
        {
            throw new ArgumentException($"A {step} instant step records {types.Length} events, not {details.Length}.", nameof(details));
        }

        lock (_lock)
        {
            if (StoredId(lane, lane.NextSeq) is not null || _lastEventId + details.Length > _limit)
            {
                for (var i = 0; i < details.Length; i++)
                {
                    AppendLocked(lane, types[i], stepName, details[i], final: false, at);
                }

                return;
            }

            _pending?.AddInstant(step, _lastEventId + 1, lane.LastEventId, stepName, at, lane.Path, lane.NextSeq, details);
            _lastEventId += details.Length;
            lane.NextSeq += details.Length;
            lane.LastEventId = _lastEventId;
        }
    }

    private long AppendLocked(Lane lane, string type, string stepName, in EventDetail detail, bool final, DateTimeOffset at)
    {
        var seq = lane.NextSeq++;
        if (StoredId(lane, seq) is { } stored)
        {
            return lane.LastEventId = stored;
        }

        if (!final && _lastEventId >= _limit)
        {
            throw new HistoryLimitExceededException(_limit);
        }

        var id = ++_lastEventId;
        _pending?.Add(id, lane.LastEventId, type, stepName, at, detail, lane.Path, seq);
        return lane.LastEventId = id;
    }

    /// <summary>The id a replay reuses for the lane's event of sequence <paramref name="seq"/>, or null if it was not stored.</summary>
    private long? StoredId(Lane lane, int seq) =>
        _stored.Count > 0 && _stored.TryGetValue(lane.Path, out var ids) && seq < ids.Count ? ids[seq] : null;

    /// <summary>Takes the events recorded since the last call, encoded for storage; null if there are none.</summary>
    internal HistoryChunk? TakePending()
    {
        lock (_lock)
        {
            return _pending?.Take();
        }
    }
}
