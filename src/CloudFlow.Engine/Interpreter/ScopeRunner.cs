using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>Runs one scope from StartAt to its end; a scope's output is its last state's output (fdl.md 4.1).</summary>
internal sealed class ScopeRunner(StateRunner states)
{
    public async ValueTask<JsonNode?> RunAsync(ExecutionRun run, Lane lane, StateScope scope, JsonNode? input, CancellationToken cancellationToken)
    {
        var state = scope[scope.StartAt];
        var data = input;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = await states.RunAsync(run, lane, state, data, this, cancellationToken);
            if (step.Next is null)
            {
                return step.Output;
            }

            state = scope[step.Next];
            data = step.Output;
        }
    }

    /// <summary>A Parallel branch or Map iteration: its own lane, opened and closed by the given events.</summary>
    public async ValueTask<JsonNode?> RunChildAsync(
        StateContext parent, string segment, StateScope scope, JsonNode? input, string enteredType, string exitedType, CancellationToken cancellationToken)
    {
        var lane = parent.Lane.Child($"{parent.AttemptKey}/{segment}");
        var history = parent.Run.History;
        history.Append(lane, enteredType, parent.State.Name, EventDetail.Input(input));
        var output = await RunAsync(parent.Run, lane, scope, input, cancellationToken);
        history.Append(lane, exitedType, parent.State.Name, EventDetail.Output(output));
        return output;
    }
}
