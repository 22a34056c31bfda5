using System.Globalization;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Tasks;

/// <summary>
/// A Task's Timeout (fdl.md 3.2 and 11.4; legacy timeoutSeconds, fdl-legacy.md 3.2) bounds one attempt's invocation
/// and callback wait. It starts when first used (a mock answers at once and needs none); the deadline is journaled, so
/// a restart keeps it; the timer is the execution clock's, which runs on real time in skip mode and on the manual
/// clock in manual mode (decisions.md, Time and the clocks).
/// </summary>
internal sealed class TaskTimeout : IDisposable
{
    private const int MaxSeconds = 604_800;
    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenSource _timer = new();
    private readonly CancellationToken _outer;
    private readonly StateContext _context;
    private readonly int _seconds;
    private int _armed;

    private TaskTimeout(StateContext context, int seconds, CancellationToken outer)
    {
        _context = context;
        _seconds = seconds;
        _outer = outer;
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
    }

    /// <summary>Cancelled by the deadline, a stop or the flow's timeout; the first use starts the timer.</summary>
    public CancellationToken Token
    {
        get
        {
            if (_seconds > 0 && Interlocked.Exchange(ref _armed, 1) == 0)
            {
                _ = CancelAtAsync(Deadline());
            }

            return _source.Token;
        }
    }

    /// <summary>The attempt's own deadline passed (not a stop or the flow's timeout).</summary>
    public bool Passed => _source.IsCancellationRequested && !_outer.IsCancellationRequested;

    public static TaskTimeout For(StateContext context, TaskState state, CancellationToken cancellationToken) =>
        new(context, Seconds(context, state), cancellationToken);

    public StateErrorException Error()
    {
        var error = _context.Run.Definition.Dialect is FlowDialect.LegacyFlow ? ErrorNames.TaskTimeout : ErrorNames.Timeout;
        return new StateErrorException(error, $"State '{_context.State.Name}' did not finish within its timeout of {_seconds} seconds.");
    }

    public void Dispose()
    {
        _timer.Cancel();
        _timer.Dispose();
        _source.Dispose();
    }

    private DateTimeOffset Deadline()
    {
        var journal = _context.Run.Journal;
        var key = _context.EffectKey("deadline");
        if (journal.TryGet(key, out var stored))
        {
            return DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);
        }

        var deadline = _context.Run.Clock.Now.AddSeconds(_seconds);
        journal.Record(key, deadline.ToString("O", CultureInfo.InvariantCulture));
        return deadline;
    }

    private async Task CancelAtAsync(DateTimeOffset deadline)
    {
        try
        {
            await _context.Run.Clock.TimerAsync(deadline, _timer.Token);
            await _source.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The attempt ended first.
        }
    }

    /// <summary>Timeout.$ may give a number or a numeric string, as the docs type Timeout a string (fdl.md 3.2).</summary>
    private static int Seconds(StateContext context, TaskState state)
    {
        if (state.TimeoutExpression is not { } expression)
        {
            return state.TimeoutSeconds;
        }

        var value = context.Evaluate(expression, context.Scope(context.Input)) as JsonValue;
        long seconds = 0;
        var valid = value is not null &&
            (value.TryGetValue(out seconds) ||
             value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds));
        return valid && seconds is >= 0 and <= MaxSeconds
            ? (int)seconds
            : throw new StateErrorException(
                ErrorNames.InvalidExpression, $"State '{state.Name}': Timeout.$ gave {value?.ToJsonString() ?? "null"}, not a number of seconds from 0 to {MaxSeconds}.");
    }
}
