using CloudFlow.Language.Definitions;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.3 and 6: the first true condition wins, else Default; null counts as false.</summary>
internal sealed class ChoiceStateExecutor : InstantStateExecutor<ChoiceState>
{
    protected override StateOutcome Execute(ChoiceState state, StateContext context)
    {
        var scope = context.Scope(context.Input);
        foreach (var branch in state.Branches)
        {
            if (IsTrue(branch, scope, state))
            {
                return StateOutcome.Branch(branch.Next, context.Input);
            }
        }

        if (state.Default is null)
        {
            throw new StateErrorException(ErrorNames.ChoiceNoMatch, $"No condition of Choice state '{state.Name}' is true and it has no Default.");
        }

        return StateOutcome.Branch(state.Default, context.Input);
    }

    private static bool IsTrue(ChoiceBranch branch, ExpressionScope scope, ChoiceState state)
    {
        try
        {
            return branch.Condition.EvaluateCondition(scope);
        }
        catch (ExpressionEvaluationException e)
        {
            throw new StateErrorException(ErrorNames.InvalidExpression, $"State '{state.Name}', branch to '{branch.Next}': {e.Message}");
        }
    }
}
