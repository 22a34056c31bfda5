using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The common sequence of every state (fdl.md 4.5): entered, the input, the executor's work, the output, then Retry or
/// Catch on an error (fdl.md 7), and the exited event. How input and output are built is the run's data flow.
/// </summary>
internal sealed class StateRunner(StateExecutorFactory executors, TaskTokens tokens, TaskCallbacks callbacks)
{
    public async ValueTask<StepResult> RunAsync(
        ExecutionRun run, Lane lane, StateDefinition state, ScopeData scope, ScopeRunner scopes, CancellationToken cancellationToken)
    {
        var flow = run.DataFlow;
        var context = new StateContext(run, lane, state, lane.Visit(state.Name), scopes);
        context.EnteredEventId = run.History.Append(lane, EventTypes.StepEntered, state.Name, flow.Entered(scope));
        // Before the input: legacy inputMappings read the token as $context.task.token (fdl-legacy.md 2.5).
        context.TaskToken = tokens.For(run, state, context.EnteredEventId);
        var attempts = state.Retry.Count == 0 ? null : new int[state.Retry.Count];
        var started = false;
        while (true)
        {
            try
            {
                if (!started)
                {
                    context.Input = flow.Input(context, scope);
                    run.History.Append(lane, EventTypes.StepStarted, state.Name, EventDetail.Input(context.Input));
                    started = true;
                }

                var outcome = await executors.For(state.Kind, run.Definition.Dialect).ExecuteAsync(context, cancellationToken);
                var exit = flow.Finish(context, outcome.Result);
                run.History.Append(lane, EventTypes.StepSucceeded, state.Name, EventDetail.Output(exit.Output));
                run.History.Append(lane, EventTypes.StepExited, state.Name, exit.Exited);
                return outcome.EndsScope
                    ? new StepResult(null, exit.Output, EndsScope: true)
                    : new StepResult(outcome.Next ?? (state.End ? null : state.Next), exit.Output);
            }
            catch (StateErrorException e)
            {
                if (started && RetryRuleFor(state, e.Error, attempts) is { } index)
                {
                    var retry = ++attempts![index];
                    var delay = state.Retry[index].DelayBefore(retry);
                    await Waits.WaitAsync(context, "retry", () => run.Clock.Now + delay, cancellationToken);
                    context.RetryCount++;
                    continue;
                }

                if (context.TaskToken is not null)
                {
                    await callbacks.CloseAsync(context);
                }

                run.History.Append(lane, EventTypes.StepFailed, state.Name, EventDetail.Failure(e.Error, e.Cause));
                if (CatchRuleFor(state, e.Error) is not { } rule)
                {
                    run.History.Append(lane, EventTypes.StepExited, state.Name, EventDetail.Failure(e.Error, e.Cause));
                    throw;
                }

                var caught = flow.Catch(context, scope, rule, e);
                run.History.Append(lane, EventTypes.StepExited, state.Name, caught.Exited);
                return new StepResult(rule.Next, caught.Output);
            }
        }
    }

    private static int? RetryRuleFor(StateDefinition state, string error, int[]? attempts)
    {
        for (var i = 0; i < state.Retry.Count; i++)
        {
            if (state.Retry[i].Matches(error))
            {
                // Only the first matching rule counts (fdl.md 7.3); once it is spent, Catch decides.
                return attempts![i] < state.Retry[i].MaxAttempts ? i : null;
            }
        }

        return null;
    }

    private static CatchRule? CatchRuleFor(StateDefinition state, string error)
    {
        foreach (var rule in state.Catch)
        {
            if (rule.Matches(error))
            {
                return rule;
            }
        }

        return null;
    }
}
