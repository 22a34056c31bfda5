using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Legacy;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl-legacy.md 3.5: the steps run once per element of the collection, at most 100 at once; an iteration's input is
/// the step's input plus the element (and its 0-based index); the result is the array of iteration locals.
/// </summary>
internal sealed class LegacyForeachStepExecutor : StateExecutor<MapState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(MapState state, StateContext context, CancellationToken cancellationToken)
    {
        var iteration = state.Legacy!.Iteration!;
        var items = iteration.Collection.Select(new LegacyScope { Input = context.Input }).Node as JsonArray
            ?? throw new StateErrorException(
                ErrorNames.RuntimeError,
                $"Step '{state.Name}': the collection {iteration.Collection.Text} is not an array in the step's input.");
        var outputs = await ChildRuns.RunAllAsync(
            items.Count,
            state.MaxConcurrency,
            (i, token) => context.Scopes.RunChildAsync(
                context, 'i', i, state.Processor, ItemInput(context.Input, iteration, items[i], i), EventTypes.IterationEntered, EventTypes.IterationExited, token),
            context.Run.Activity,
            cancellationToken);
        return StateOutcome.Continue(JsonNodes.ArrayOf(outputs));
    }

    private static JsonObject ItemInput(JsonNode? input, LegacyIteration iteration, JsonNode? item, int index)
    {
        var itemInput = LegacyJson.Merge(input, null);
        itemInput[iteration.Item] = item?.DeepClone();
        if (iteration.Index is { } key)
        {
            itemInput[key] = index;
        }

        return itemInput;
    }
}
