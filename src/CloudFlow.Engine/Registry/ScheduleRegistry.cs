using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Scheduling;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Registry;

/// <summary>Schedules of flows (api.md CreateSchedule … ListSchedules); the schedule worker fires them.</summary>
internal sealed class ScheduleRegistry(FlowRegistry flows, ScheduleStore store, ScheduleChanges changes, ClockService clock, IOptions<CloudFlowOptions> options)
{
    public async Task<ScheduleRecord> CreateAsync(string account, ScheduleCommand command)
    {
        var flow = flows.Get(account, command.FlowName);
        if (flow.ExecutionMode == ExecutionModes.Express)
        {
            // A firing is a StartExecution, which an Express flow refuses (api.md Q4).
            throw CloudFlowException.InvalidArgument($"Flow {flow.Name} runs in Express mode; schedules start Standard executions.");
        }

        var now = clock.Now;
        var schedule = Checked(new ScheduleRecord
        {
            Account = account,
            FlowName = flow.Name,
            Name = command.ScheduleName,
            Id = Guid.NewGuid().ToString(),
            Description = command.Description ?? "",
            Payload = command.Payload,
            CronExpression = command.CronExpression!,
            Enable = command.Enable ?? true,
            CreatedTime = now,
            LastModifiedTime = now,
        });
        await store.CreateAsync(schedule);
        changes.Notify();
        return schedule;
    }

    /// <summary>What is not given keeps its value.</summary>
    public async Task<ScheduleRecord> UpdateAsync(string account, ScheduleCommand command)
    {
        flows.Get(account, command.FlowName);
        var updated = await store.UpdateAsync(account, command.FlowName, command.ScheduleName, schedule => Checked(schedule with
        {
            CronExpression = command.CronExpression ?? schedule.CronExpression,
            Payload = command.Payload ?? schedule.Payload,
            Description = command.Description ?? schedule.Description,
            Enable = command.Enable ?? schedule.Enable,
            LastModifiedTime = clock.Now,
        }));
        changes.Notify();
        return updated;
    }

    public async Task DeleteAsync(string account, string flow, string name)
    {
        flows.Get(account, flow);
        await store.DeleteAsync(account, flow, name);
        changes.Notify();
    }

    public ScheduleRecord Get(string account, string flow, string name)
    {
        flows.Get(account, flow);
        return store.Find(account, flow, name) ?? throw CloudFlowException.ScheduleNotExists(flow, name);
    }

    public IReadOnlyList<ScheduleRecord> List(string account, string flow, string? fromName, int limit)
    {
        flows.Get(account, flow);
        return store.List(account, flow, fromName, limit);
    }

    /// <summary>The cron must parse and the Payload be a valid execution Input, since each firing starts one with it.</summary>
    private ScheduleRecord Checked(ScheduleRecord schedule)
    {
        _ = CronSchedule.Parse(schedule.CronExpression, schedule.CreatedTime);
        if (schedule.Payload is { } payload)
        {
            ExecutionInput.Check(payload, options.Value.Limits, "Payload");
        }

        return schedule;
    }
}
