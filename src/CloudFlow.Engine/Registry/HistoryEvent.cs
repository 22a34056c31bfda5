namespace CloudFlow.Engine.Registry;

/// <summary>
/// One history event as stored and shown (api.md GetExecutionHistory). <see cref="Lane"/> and <see cref="LaneSeq"/>
/// name its place in one line of execution, so a replay after a crash never writes it twice.
/// </summary>
public sealed record HistoryEvent(
    long EventId,
    long ScheduleEventId,
    string Type,
    string StepName,
    DateTimeOffset Time,
    string Detail,
    string Lane,
    int LaneSeq);
