using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.5 and 8: one Processor run per item, at most MaxConcurrency at once; {"Items": […]} in item order.</summary>
internal sealed class MapStateExecutor : StateExecutor<MapState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(MapState state, StateContext context, CancellationToken cancellationToken)
    {
        var items = context.Evaluate(state.ItemsPath!, context.Scope(context.Input)) as JsonArray
            ?? throw new StateErrorException(ErrorNames.InvalidExpression, $"State '{state.Name}': ItemsPath did not give an array.");
        var outputs = await ChildRuns.RunAllAsync(
            items.Count,
            state.MaxConcurrency,
            (i, token) => context.Scopes.RunChildAsync(
                context, 'i', i, state.Processor, ItemInput(state, context, items[i]), EventTypes.IterationEntered, EventTypes.IterationExited, token),
            context.Run.Activity,
            cancellationToken);
        var results = new JsonArray();
        foreach (var output in outputs)
        {
            results.Add(JsonNodes.Adopt(output));
        }

        return StateOutcome.Continue(new JsonObject { ["Items"] = results });
    }

    private static JsonNode? ItemInput(MapState state, StateContext context, JsonNode? item) =>
        state.ItemConstructor is { } constructor ? context.Evaluate(constructor, context.Scope(context.Input, item: item)) : item;
}
