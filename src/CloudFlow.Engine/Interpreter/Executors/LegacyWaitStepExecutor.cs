using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl-legacy.md 3.6: a constant duration or timestamp, or one read from the step's input. A duration from the input
/// over two days waits two days, a negative one not at all; one that is not a number fails with FnF.RuntimeError
/// (decisions.md, Legacy dialect); a time in the past does not wait.
/// </summary>
internal sealed class LegacyWaitStepExecutor : StateExecutor<WaitState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(WaitState state, StateContext context, CancellationToken cancellationToken)
    {
        await Waits.WaitStateAsync(context, now => Deadline(state, context.Input, now), cancellationToken);
        return StateOutcome.Continue(null);
    }

    private static DateTimeOffset Deadline(WaitState state, JsonNode? input, DateTimeOffset now) => state.Legacy?.Wait switch
    {
        { Duration: { } path } => now.AddSeconds(Math.Clamp(Seconds(state, Read(path, input)), 0, LegacyWait.MaxSeconds)),
        { Timestamp: { } path } => Time(state, Read(path, input)),
        _ => state.Seconds is { } seconds ? now.AddSeconds(seconds) : state.UntilDateTime!.Value,
    };

    private static JsonNode? Read(LegacyPath path, JsonNode? input) => path.Select(new LegacyScope { Input = input }).Node;

    private static double Seconds(WaitState state, JsonNode? value) =>
        value?.GetValueKind() is JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new StateErrorException(ErrorNames.RuntimeError, $"Step '{state.Name}': duration {state.Legacy!.Wait!.Duration!.Text} gave {JsonText.Of(value)}, not a number of seconds.");

    private static DateTimeOffset Time(WaitState state, JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var time)
            && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new StateErrorException(ErrorNames.RuntimeError, $"Step '{state.Name}': timestamp {state.Legacy!.Wait!.Timestamp!.Text} gave {JsonText.Of(value)}, not an RFC 3339 time.");
}
