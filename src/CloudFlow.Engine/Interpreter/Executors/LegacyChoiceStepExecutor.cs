using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl-legacy.md 3.3: the first branch whose condition is true, else the default, runs its inline steps in this lane,
/// with the choice's input as their parent input; their $local is the choice's result. Then the branch's goto, unless
/// an end or succeed inside ended the list, which ends the choice's own list too (decisions.md, Legacy dialect).
/// </summary>
internal sealed class LegacyChoiceStepExecutor : StateExecutor<ChoiceState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(ChoiceState state, StateContext context, CancellationToken cancellationToken)
    {
        var choice = state.Legacy!.Choice!;
        var branch = choice.Branches.FirstOrDefault(candidate => candidate.Condition!.IsTrue(context.Input)) ?? choice.Default;
        if (branch is null)
        {
            return StateOutcome.Continue(new JsonObject());
        }

        var data = context.Run.DataFlow.Open(context.Input);
        if (branch.Steps is { } steps)
        {
            await context.Scopes.RunAsync(context.Run, context.Lane, steps, data, cancellationToken);
        }

        if (data.Ended)
        {
            return StateOutcome.EndScope(data.Current);
        }

        return branch.Goto is { } target ? StateOutcome.Branch(target, data.Current) : StateOutcome.Continue(data.Current);
    }
}
