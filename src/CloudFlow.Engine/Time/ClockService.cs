using System.Globalization;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Time;

/// <summary>Hands each execution the clock of the configured mode (decisions.md, Time and the clocks).</summary>
internal sealed class ClockService
{
    private const string ManualClockKey = "manual-clock";
    private readonly TimeProvider _time;

    public ClockService(IOptions<CloudFlowOptions> options, TimeProvider time, SettingsStore settings)
    {
        _time = time;
        Mode = options.Value.Clock.ToLowerInvariant() switch
        {
            "system" => ClockMode.System,
            "skip" => ClockMode.Skip,
            "manual" => ClockMode.Manual,
            var other => throw new InvalidOperationException($"CloudFlow:Clock must be system, skip or manual, not '{other}'."),
        };
        if (Mode is ClockMode.Manual)
        {
            var start = settings.GetOrCreate(ManualClockKey, () => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            Manual = new ManualClock(
                DateTimeOffset.Parse(start, CultureInfo.InvariantCulture),
                now => settings.SetAsync(ManualClockKey, now.ToString("O", CultureInfo.InvariantCulture)).GetAwaiter().GetResult());
        }
    }

    public ClockMode Mode { get; }

    public ManualClock? Manual { get; }

    /// <summary>Now for things outside any execution: StartedTime of a new one, schedules, flows.</summary>
    public DateTimeOffset Now => Manual?.Now ?? _time.GetUtcNow();

    /// <summary>Real time: signatures, callbacks and (in skip mode) task timeouts.</summary>
    public TimeProvider RealTime => _time;

    /// <summary>What schedules fire on: the manual clock, else real time (skip mode skips executions' waits only).</summary>
    public IExecutionClock ForSchedules(ExecutionActivity activity) => ForExecution(TimeSpan.Zero, activity, Manual is null ? ClockMode.System : ClockMode.Manual);

    public IExecutionClock ForExecution(TimeSpan storedOffset, ExecutionActivity activity) => ForExecution(storedOffset, activity, Mode);

    /// <summary>The lines of work of one execution (or of the schedule worker), which the manual clock counts.</summary>
    public ExecutionActivity NewActivity() => new(Manual);

    private IExecutionClock ForExecution(TimeSpan storedOffset, ExecutionActivity activity, ClockMode mode) => mode switch
    {
        ClockMode.System => new SystemExecutionClock(_time, activity),
        ClockMode.Skip => new SkipExecutionClock(_time, storedOffset),
        ClockMode.Manual => new ManualExecutionClock(Manual!, activity),
    };
}
