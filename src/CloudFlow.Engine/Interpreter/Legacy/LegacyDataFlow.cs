using System.Text;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;

namespace CloudFlow.Engine.Interpreter.Legacy;

/// <summary>
/// The legacy dialect (fdl-legacy.md 2): a step reads its parent's input merged with the parent's $local (or its
/// inputMappings); its output merges into the parent's $local, and that $local is what a list gives back.
/// </summary>
internal sealed class LegacyDataFlow(LimitsOptions limits) : DataFlow
{
    public override JsonNode? FlowInput(ExecutionRun run) =>
        run.Definition.Legacy?.InputMappings is { } mappings ? mappings.Evaluate(LegacyScopes.ForFlow(run, run.Input, new JsonObject())) : run.Input;

    /// <summary>fdl-legacy.md 2.6: the flow's outputMappings over its input and $local, else its $local.</summary>
    public override JsonNode? FlowOutput(ExecutionRun run, ScopeData root) =>
        run.Definition.Legacy?.OutputMappings is { } mappings ? mappings.Evaluate(LegacyScopes.ForFlow(run, root.Input, root.Current)) : root.Current;

    public override ScopeData Open(JsonNode? input) => new(input, new JsonObject());

    public override EventDetail Entered(ScopeData scope) => EventDetail.InputAndLocal(scope.Input, scope.Current!);

    /// <summary>fdl-legacy.md 2.3.</summary>
    public override JsonNode? Input(StateContext context, ScopeData scope) =>
        Data(context).InputMappings is { } mappings
            ? mappings.Evaluate(LegacyScopes.ForStep(context, scope.Input, scope.Current))
            : LegacyJson.Merge(scope.Input, scope.Current);

    /// <summary>
    /// fdl-legacy.md 2.1 and 2.4: task, choice, parallel and foreach results are the step's $local, the other kinds
    /// have an empty one; the output is the outputMappings, else the $local (an object), else {}.
    /// </summary>
    public override StateExit Finish(StateContext context, JsonNode? result)
    {
        var kind = context.State.Kind;
        var local = kind is StateKind.Task or StateKind.Choice or StateKind.Parallel or StateKind.Map ? result : new JsonObject();
        JsonNode output = Data(context).OutputMappings is { } mappings
            ? mappings.Evaluate(LegacyScopes.ForStep(context, context.Input, local))
            : kind is not (StateKind.Parallel or StateKind.Map) && local is JsonObject data ? data : new JsonObject();
        CheckSize(context, output, local);
        return new StateExit(output, EventDetail.Local(local));
    }

    /// <summary>fdl-legacy.md 5.2, 5.3: errorMappings read the error as $local (code is an alias of error); without them, {}.</summary>
    public override StateExit Catch(StateContext context, ScopeData scope, CatchRule rule, StateErrorException error)
    {
        var local = new JsonObject { ["error"] = error.Error, ["cause"] = error.Cause, ["code"] = error.Error };
        var output = Data(context).ErrorMappings is { } mappings ? mappings.Evaluate(LegacyScopes.ForStep(context, context.Input, local)) : new JsonObject();
        return new StateExit(output, EventDetail.Local(local));
    }

    /// <summary>
    /// fdl-legacy.md 2.2: the output merges into the list's $local. A written <c>end: true</c> or a succeed marks the list
    /// as ended, which a choice passes on to its own list (decisions.md, Legacy dialect); a goto beats it.
    /// </summary>
    public override void Advance(ScopeData scope, StateDefinition state, StepResult step)
    {
        scope.Current = LegacyJson.Merge(scope.Current, step.Output);
        scope.Ended = step.Next is null && (step.EndsScope || state.Legacy!.EndsList);
    }

    /// <summary>fdl-legacy.md 3.4: the parallel step's $local is the array of its branches' locals.</summary>
    public override JsonNode Branches(JsonNode?[] results) => JsonNodes.ArrayOf(results);

    private static LegacyStepData Data(StateContext context) => context.State.Legacy!;

    /// <summary>fdl-legacy.md 7: input, output and $local of one step together.</summary>
    private void CheckSize(StateContext context, JsonNode? output, JsonNode? local)
    {
        var bytes = Bytes(context.Input) + Bytes(output) + Bytes(local);
        if (bytes > limits.LegacyStepDataBytes)
        {
            throw new StateErrorException(
                ErrorNames.RuntimeError,
                $"Step '{context.State.Name}': step data exceeds {limits.LegacyStepDataBytes / 1024} KiB ({bytes} bytes of input, output and local).");
        }
    }

    private static int Bytes(JsonNode? node) => Encoding.UTF8.GetByteCount(JsonText.Of(node));
}
