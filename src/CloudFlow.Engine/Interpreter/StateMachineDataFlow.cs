using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The current dialect (fdl.md 4): each state's output is the next state's input, built by the Input, Global and
/// Output constructors; a scope's output is its last state's output.
/// </summary>
internal sealed class StateMachineDataFlow(LimitsOptions limits) : DataFlow
{
    public override JsonNode? FlowInput(ExecutionRun run) => run.Input;

    public override JsonNode? FlowOutput(ExecutionRun run, ScopeData root) => root.Current;

    public override ScopeData Open(JsonNode? input) => new(input, input);

    public override EventDetail Entered(ScopeData scope) => EventDetail.Input(scope.Current);

    public override JsonNode? Input(StateContext context, ScopeData scope) =>
        context.State.InputConstructor is { } constructor ? context.Evaluate(constructor, context.Scope(scope.Current)) : scope.Current;

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
        CheckSize(state, output);
        return Exit(output);
    }

    /// <summary>fdl.md 7.4: the Catch OutputConstructor (seeing Current.Error), else {"Error", "Cause"} (D5).</summary>
    public override StateExit Catch(StateContext context, ScopeData scope, CatchRule rule, StateErrorException error)
    {
        if (rule.OutputConstructor is not { } constructor)
        {
            return Exit(new JsonObject { ["Error"] = error.Error, ["Cause"] = error.Cause });
        }

        var details = new JsonObject { ["Code"] = error.Error, ["Detail"] = error.Cause };
        return Exit(context.Evaluate(constructor, context.Scope(context.Input ?? scope.Current, error: details)));
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

    private void CheckSize(StateDefinition state, JsonNode? output)
    {
        var bytes = JsonSize.Of(output);
        if (bytes > limits.DataBytes)
        {
            throw new StateErrorException(
                ErrorNames.DataSizeExceeded,
                $"The output of state '{state.Name}' is {bytes} bytes, over the limit of {limits.DataBytes} bytes.");
        }
    }
}
