using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl.md 3.4 and 9, fdl-legacy.md 3.4: every branch gets the same input; the data flow shapes the branches' results
/// ({"Branch0": …} in the current dialect, an array of branch locals in the legacy one).
/// </summary>
internal sealed class ParallelStateExecutor : StateExecutor<ParallelState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(ParallelState state, StateContext context, CancellationToken cancellationToken)
    {
        var outputs = await ChildRuns.RunAllAsync(
            state.Branches.Count,
            state.Branches.Count,
            (i, token) => context.Scopes.RunChildAsync(
                context, 'b', i, state.Branches[i], context.Input, EventTypes.BranchEntered, EventTypes.BranchExited, token),
            context.Run.Activity,
            cancellationToken);
        return StateOutcome.Continue(context.Run.DataFlow.Branches(outputs));
    }
}
