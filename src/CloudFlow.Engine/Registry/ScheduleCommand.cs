namespace CloudFlow.Engine.Registry;

/// <summary>CreateSchedule and UpdateSchedule parameters; null means "not given" (UpdateSchedule keeps the old value).</summary>
public sealed record ScheduleCommand(string FlowName, string ScheduleName)
{
    public string? CronExpression { get; init; }

    public string? Payload { get; init; }

    public string? Description { get; init; }

    public bool? Enable { get; init; }
}
