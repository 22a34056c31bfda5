namespace CloudFlow.Engine.Registry;

/// <summary>A time-based schedule of a flow, as stored and as the API shows it (api.md CreateSchedule).</summary>
public sealed record ScheduleRecord
{
    public required string Account { get; init; }

    public required string FlowName { get; init; }

    public required string Name { get; init; }

    public required string Id { get; init; }

    public string Description { get; init; } = "";

    /// <summary>JSON object text that becomes each execution's Input; null when none was given.</summary>
    public string? Payload { get; init; }

    public required string CronExpression { get; init; }

    public bool Enable { get; init; } = true;

    public required DateTimeOffset CreatedTime { get; init; }

    public required DateTimeOffset LastModifiedTime { get; init; }
}
