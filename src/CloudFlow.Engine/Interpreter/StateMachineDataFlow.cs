using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The current dialect (fdl.md 4): each state's output is the next state's input, built by the Input, Global and
/// Output constructors; a scope's output is its last state's output.
/// </summary>
internal sealed class StateMachineDataFlow(LimitsOptions limits) : DataFlow
{
    /// <summary>System.Text.Json's default depth, which the size check's serializer enforces.</summary>
    private const int MaxDepth = 64;

    public override JsonNode? FlowInput(ExecutionRun run) => run.Input;

    public override JsonNode? FlowOutput(ExecutionRun run, ScopeData root) => root.Current;

    public override ScopeData Open(JsonNode? input) => new(input, input);

    public override EventDetail Entered(ScopeData scope) => EventDetail.Input(scope.Current);

    /// <summary>Without an InputConstructor the input is the previous output, which was checked already.</summary>
    public override JsonNode? Input(StateContext context, ScopeData scope) =>
        context.State.InputConstructor is { } constructor
            ? CheckSize(context.State, "input", context.Evaluate(constructor, context.Scope(scope.Current)))
            : scope.Current;

    /// <summary>GlobalConstructor, then OutputConstructor (which still sees the Global of before), then the size limit.</summary>
    public override StateExit Finish(StateContext context, JsonNode? result)
    {
        var state = context.State;
        if (state.GlobalConstructor is null && state.OutputConstructor is null && state.Kind is not (StateKind.Task or StateKind.Parallel or StateKind.Map))
        {
            return Exit(result);
        }

        var outputScope = context.Scope(context.Input, output: result);
        if (state.GlobalConstructor is { } global && context.Evaluate(global, outputScope) is JsonObject values)
        {
            context.Run.MergeGlobal(values);
        }

        var output = state.OutputConstructor is { } constructor ? context.Evaluate(constructor, outputScope) : result;
        return Exit(CheckSize(state, "output", output));
    }

    /// <summary>fdl.md 7.4: the Catch OutputConstructor (seeing Current.Error), else {"Error", "Cause"} (D5).</summary>
    public override StateExit Catch(StateContext context, ScopeData scope, CatchRule rule, StateErrorException error)
    {
        if (rule.OutputConstructor is not { } constructor)
        {
            return Exit(new JsonObject { ["Error"] = error.Error, ["Cause"] = error.Cause });
        }

        var details = new JsonObject { ["Code"] = error.Error, ["Detail"] = error.Cause };
        return Exit(CheckSize(context.State, "output", context.Evaluate(constructor, context.Scope(context.Input ?? scope.Current, error: details))));
    }

    public override void Advance(ScopeData scope, StateDefinition state, StepResult step)
    {
        scope.Current = step.Output;
        scope.Ended = step.EndsScope;
    }

    /// <summary>fdl.md 9: {"Branch0": …, "Branch1": …}.</summary>
    public override JsonNode Branches(JsonNode?[] results)
    {
        var result = new JsonObject();
        for (var i = 0; i < results.Length; i++)
        {
            result[$"Branch{i}"] = JsonNodes.Adopt(results[i]);
        }

        return result;
    }

    private static StateExit Exit(JsonNode? output) => new(output, EventDetail.Output(output));

    /// <summary>
    /// fdl.md 4.1 and D20: state data is at most 64 KiB. It also nests at most as deep as JSON is read anywhere here
    /// (64 levels), or a loop that wraps its data could grow it past what can be written to the history.
    /// </summary>
    private JsonNode? CheckSize(StateDefinition state, string what, JsonNode? data)
    {
        int bytes;
        try
        {
            bytes = JsonSize.Of(data);
        }
        catch (JsonException)
        {
            throw new StateErrorException(
                ErrorNames.DataSizeExceeded, $"The {what} of state '{state.Name}' nests deeper than {MaxDepth} levels.");
        }

        if (bytes > limits.DataBytes)
        {
            throw new StateErrorException(
                ErrorNames.DataSizeExceeded,
                $"The {what} of state '{state.Name}' is {bytes} bytes, over the limit of {limits.DataBytes} bytes.");
        }

        return data;
    }
}
