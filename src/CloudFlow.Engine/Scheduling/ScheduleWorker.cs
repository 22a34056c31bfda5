using System.Security.Cryptography;
using System.Text;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// Fires enabled schedules on the schedule clock: the manual clock in manual mode (so an Advance past a firing has
/// started its execution before it answers), real time otherwise. A firing is a StartExecution with the Payload as
/// Input, named after the schedule and the firing time, so firing one time twice starts one execution.
/// </summary>
internal sealed partial class ScheduleWorker(
    ScheduleStore schedules,
    ExecutionRegistry executions,
    ClockService clocks,
    ScheduleChanges changes,
    ILogger<ScheduleWorker> logger) : BackgroundService
{
    // A clock moved a long way at once fires each schedule's latest firings only, not a flood.
    private const int MaxFiringsPerWake = 100;
    private const int MaxNameLength = 128;
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var activity = clocks.NewActivity();
        var clock = clocks.ForSchedules(activity);
        using var running = activity.Running();
        var checkedUntil = clock.Now;
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.Token;
            var now = clock.Now;
            var next = now + MaxSleep;
            foreach (var schedule in schedules.ListEnabled())
            {
                // A schedule fires only for times after it was created, enabled or last changed.
                var after = schedule.LastModifiedTime > checkedUntil ? schedule.LastModifiedTime : checkedUntil;
                if (await FireAsync(schedule, after, now) is { } due && due < next)
                {
                    next = due;
                }
            }

            checkedUntil = now;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, changed);
            try
            {
                await clock.WaitUntilAsync(next, wake.Token);
            }
            catch (OperationCanceledException)
            {
                // A schedule changed, or the host is stopping: the loop condition tells which.
            }
        }
    }

    /// <summary>Starts the schedule's executions for (after, until] and answers its next firing time.</summary>
    private async Task<DateTimeOffset?> FireAsync(ScheduleRecord schedule, DateTimeOffset after, DateTimeOffset until)
    {
        try
        {
            var cron = CronSchedule.Parse(schedule.CronExpression, schedule.CreatedTime);
            foreach (var at in cron.Occurrences(after, until).TakeLast(MaxFiringsPerWake))
            {
                await StartAsync(schedule, at);
            }

            return cron.Next(until);
        }
        catch (Exception e)
        {
            // One bad schedule must not stop the others (or the host, which a failing BackgroundService stops).
            Log.FiringFailed(logger, e, schedule.Name, schedule.FlowName);
            return null;
        }
    }

    private async Task StartAsync(ScheduleRecord schedule, DateTimeOffset at)
    {
        try
        {
            await executions.StartAsync(schedule.Account, new StartExecutionCommand(schedule.FlowName)
            {
                ExecutionName = ExecutionName(schedule.Name, at),
                Input = schedule.Payload,
            });
        }
        catch (CloudFlowException e) when (e.Code == ErrorCodes.ExecutionAlreadyExists)
        {
            // This firing already started its execution, before a restart or in an earlier wake.
        }
    }

    /// <summary>schedule-&lt;name&gt;-&lt;unix seconds&gt;; a name too long for that keeps a prefix and a hash of the rest.</summary>
    private static string ExecutionName(string schedule, DateTimeOffset at)
    {
        var suffix = $"-{at.ToUnixTimeSeconds()}";
        var name = $"schedule-{schedule}";
        if (name.Length + suffix.Length <= MaxNameLength)
        {
            return name + suffix;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schedule)))[..8];
        return $"{name[..(MaxNameLength - suffix.Length - hash.Length - 1)]}-{hash}{suffix}";
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {Schedule} of flow {Flow} could not fire")]
        public static partial void FiringFailed(ILogger logger, Exception exception, string schedule, string flow);
    }
}
