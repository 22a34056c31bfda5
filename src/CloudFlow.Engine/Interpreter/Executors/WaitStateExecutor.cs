using System.Globalization;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.6 and 10: Seconds (or Seconds.$) wins over UntilDateTime; a time in the past does not wait.</summary>
internal sealed class WaitStateExecutor : StateExecutor<WaitState>
{
    private const int MaxSeconds = 300;

    protected override async ValueTask<StateOutcome> ExecuteAsync(WaitState state, StateContext context, CancellationToken cancellationToken)
    {
        await Waits.WaitStateAsync(context, now => Deadline(state, context, now), cancellationToken);
        return StateOutcome.Continue(context.Input);
    }

    private static DateTimeOffset Deadline(WaitState state, StateContext context, DateTimeOffset now)
    {
        if (state.Seconds is { } seconds)
        {
            return now.AddSeconds(seconds);
        }

        if (state.SecondsExpression is { } expression)
        {
            var value = context.Evaluate(expression, context.Scope(context.Input));
            if (value is JsonValue v && v.TryGetValue<long>(out var dynamic) && dynamic is >= 0 and <= MaxSeconds)
            {
                return now.AddSeconds(dynamic);
            }

            if (value is JsonValue d && d.TryGetValue<double>(out var real) && real == Math.Floor(real) && real is >= 0 and <= MaxSeconds)
            {
                return now.AddSeconds(real);
            }

            throw new StateErrorException(ErrorNames.InvalidExpression, $"State '{state.Name}': Seconds.$ gave {value?.ToJsonString() ?? "null"}, not an integer from 0 to {MaxSeconds}.");
        }

        if (state.UntilDateTime is { } until)
        {
            return until;
        }

        var text = context.Evaluate(state.UntilDateTimeExpression!, context.Scope(context.Input));
        if (text is JsonValue t && t.TryGetValue<string>(out var s) &&
            DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new StateErrorException(ErrorNames.InvalidExpression, $"State '{state.Name}': UntilDateTime gave {text?.ToJsonString() ?? "null"}, not an RFC 3339 time.");
    }
}
