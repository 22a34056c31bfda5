using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.4 and 9: every branch gets the same input; the result is {"Branch0": …, "Branch1": …}.</summary>
internal sealed class ParallelStateExecutor : StateExecutor<ParallelState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(ParallelState state, StateContext context, CancellationToken cancellationToken)
    {
        var outputs = await ChildRuns.RunAllAsync(
            state.Branches.Count,
            state.Branches.Count,
            (i, token) => context.Scopes.RunChildAsync(
                context, $"b{i}", state.Branches[i], context.Input, EventTypes.BranchEntered, EventTypes.BranchExited, token),
            cancellationToken);
        var result = new JsonObject();
        for (var i = 0; i < outputs.Length; i++)
        {
            result[$"Branch{i}"] = JsonNodes.Adopt(outputs[i]);
        }

        return StateOutcome.Continue(result);
    }
}
