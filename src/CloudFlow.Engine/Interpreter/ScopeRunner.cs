using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Plans;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>Runs one scope from StartAt to its end; the run's data flow says what each state reads and what the scope gives back.</summary>
internal sealed class ScopeRunner(StateRunner states, FlowPlans plans)
{
    /// <summary>The whole flow, from the execution's input to its output.</summary>
    public async ValueTask<JsonNode?> RunFlowAsync(ExecutionRun run, CancellationToken cancellationToken)
    {
        var flow = run.DataFlow;
        var root = flow.Open(flow.FlowInput(run));
        await RunAsync(run, run.RootLane, run.Definition.Root, root, cancellationToken);
        return flow.FlowOutput(run, root);
    }

    /// <summary>Runs the scope's states in the given lane, leaving their data in <paramref name="data"/>.</summary>
    public async ValueTask RunAsync(ExecutionRun run, Lane lane, StateScope scope, ScopeData data, CancellationToken cancellationToken)
    {
        var plan = plans.For(run.Definition).For(scope);
        var state = plan.Start;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = await states.RunAsync(run, lane, state, data, this, cancellationToken);
            run.DataFlow.Advance(data, state.Definition, step);
            if (step.Next is null)
            {
                return;
            }

            state = plan.Next(state, step.Next);
        }
    }

    /// <summary>A Parallel branch or Map iteration: its own lane, opened and closed by the given events.</summary>
    public async ValueTask<JsonNode?> RunChildAsync(
        StateContext parent, char kind, int index, StateScope scope, JsonNode? input, string enteredType, string exitedType, CancellationToken cancellationToken)
    {
        var lane = parent.Lane.Child(parent.AttemptKey, kind, index);
        var history = parent.Run.History;
        history.Append(lane, enteredType, parent.State.Name, EventDetail.Input(input));
        var data = parent.Run.DataFlow.Open(input);
        await RunAsync(parent.Run, lane, scope, data, cancellationToken);
        history.Append(lane, exitedType, parent.State.Name, EventDetail.Output(data.Current));
        return data.Current;
    }
}
