using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.3 and 6: the first true condition wins, else Default; null counts as false.</summary>
internal sealed class ChoiceStateExecutor : StateExecutor<ChoiceState>
{
    protected override ValueTask<StateOutcome> ExecuteAsync(ChoiceState state, StateContext context, CancellationToken cancellationToken)
    {
        var scope = context.Scope(context.Input);
        foreach (var branch in state.Branches)
        {
            var value = context.Evaluate(branch.Condition, scope);
            if (IsTrue(value, state, branch))
            {
                return ValueTask.FromResult(StateOutcome.Branch(branch.Next, context.Input));
            }
        }

        if (state.Default is null)
        {
            throw new StateErrorException(ErrorNames.ChoiceNoMatch, $"No condition of Choice state '{state.Name}' is true and it has no Default.");
        }

        return ValueTask.FromResult(StateOutcome.Branch(state.Default, context.Input));
    }

    private static bool IsTrue(JsonNode? value, ChoiceState state, ChoiceBranch branch) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() is JsonValueKind.False => false,
        _ => throw new StateErrorException(
            ErrorNames.InvalidExpression,
            $"The condition of a branch of Choice state '{state.Name}' (to '{branch.Next}') gave {value.ToJsonString()}, not a boolean."),
    };
}
