using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>The schedule object of CreateSchedule, UpdateSchedule, DescribeSchedule and ListSchedules items (api.md); Enable is a JSON boolean.</summary>
internal sealed record ScheduleResponse : RpcResponse
{
    public required string ScheduleName { get; init; }
    public required string ScheduleId { get; init; }
    public required string Description { get; init; }
    public string? Payload { get; init; }
    public required string CronExpression { get; init; }
    public required bool Enable { get; init; }
    public required string CreatedTime { get; init; }
    public required string LastModifiedTime { get; init; }

    public static ScheduleResponse From(ScheduleRecord schedule) => new()
    {
        ScheduleName = schedule.Name,
        ScheduleId = schedule.Id,
        Description = schedule.Description,
        Payload = schedule.Payload,
        CronExpression = schedule.CronExpression,
        Enable = schedule.Enable,
        CreatedTime = WireFormat.Time(schedule.CreatedTime),
        LastModifiedTime = WireFormat.Time(schedule.LastModifiedTime),
    };
}
