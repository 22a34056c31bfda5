using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Engine.Interpreter.Plans;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The common sequence of every state (fdl.md 4.5): entered, the input, the executor's work, the output, then Retry or
/// Catch on an error (fdl.md 7), and the exited event. How input and output are built is the run's data flow.
/// </summary>
internal sealed class StateRunner(TaskTokens tokens, TaskCallbacks callbacks)
{
    public ValueTask<StepResult> RunAsync(
        ExecutionRun run, Lane lane, StatePlan state, ScopeData scope, ScopeRunner scopes, CancellationToken cancellationToken)
    {
        var visit = lane.Visit(state.NameId);

        // Most states are instant and take neither Retry nor Catch (fdl.md 7): they need no state machine.
        return state.Instant is { } instant
            ? ValueTask.FromResult(RunInstant(instant, lane.EnterInstant(run, state.Definition, visit, scopes), scope))
            : RunAsync(state.Executor, new StateContext(run, lane, state.Definition, visit, scopes), scope, cancellationToken);
    }

    /// <summary>
    /// Its events happen within microseconds of each other: they carry the time it was entered (a clock read costs
    /// more than a Pass state's work, so a history that keeps no events skips it) and are recorded together once its
    /// outcome is known.
    /// </summary>
    private static StepResult RunInstant(IInstantStateExecutor executor, StateContext context, ScopeData scope)
    {
        var (run, lane, name) = (context.Run, context.Lane, context.State.Name);
        var now = run.History.KeepsEvents ? run.Clock.Now : default;
        var entered = run.DataFlow.Entered(scope);
        var started = false;
        try
        {
            context.Input = run.DataFlow.Input(context, scope);
            started = true;
            var outcome = executor.Execute(context);
            var exit = run.DataFlow.Finish(context, outcome.Result);
            run.History.Append(lane, name, now, InstantStep.Succeeded, [entered, EventDetail.Input(context.Input), EventDetail.Output(exit.Output), exit.Exited]);
            return Next(context.State, outcome, exit);
        }
        catch (StateErrorException e)
        {
            var failure = EventDetail.Failure(e.Error, e.Cause);
            if (started)
            {
                run.History.Append(lane, name, now, InstantStep.Failed, [entered, EventDetail.Input(context.Input), failure, failure]);
            }
            else
            {
                run.History.Append(lane, name, now, InstantStep.FailedBeforeStart, [entered, failure, failure]);
            }

            throw;
        }
    }

    private async ValueTask<StepResult> RunAsync(IStateExecutor executor, StateContext context, ScopeData scope, CancellationToken cancellationToken)
    {
        var (run, state) = (context.Run, context.State);
        context.EnteredEventId = run.History.Append(context.Lane, EventTypes.StepEntered, state.Name, run.DataFlow.Entered(scope));
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
                    context.Input = run.DataFlow.Input(context, scope);
                    run.History.Append(context.Lane, EventTypes.StepStarted, state.Name, EventDetail.Input(context.Input));
                    started = true;
                }

                var outcome = await executor.ExecuteAsync(context, cancellationToken);
                return Succeed(context, outcome);
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

                var failure = EventDetail.Failure(e.Error, e.Cause);
                run.History.Append(context.Lane, EventTypes.StepFailed, state.Name, failure);
                if (CatchRuleFor(state, e.Error) is not { } rule)
                {
                    // No Catch takes the error: the scope fails with it.
                    run.History.Append(context.Lane, EventTypes.StepExited, state.Name, failure);
                    throw;
                }

                var caught = run.DataFlow.Catch(context, scope, rule, e);
                run.History.Append(context.Lane, EventTypes.StepExited, state.Name, caught.Exited);
                return new StepResult(rule.Next, caught.Output);
            }
        }
    }

    private static StepResult Succeed(StateContext context, StateOutcome outcome)
    {
        var (run, state) = (context.Run, context.State);
        var exit = run.DataFlow.Finish(context, outcome.Result);
        run.History.Append(context.Lane, EventTypes.StepSucceeded, state.Name, EventDetail.Output(exit.Output));
        run.History.Append(context.Lane, EventTypes.StepExited, state.Name, exit.Exited);
        return Next(state, outcome, exit);
    }

    private static StepResult Next(StateDefinition state, StateOutcome outcome, StateExit exit) => outcome.EndsScope
        ? new StepResult(null, exit.Output, EndsScope: true)
        : new StepResult(outcome.Next ?? (state.End ? null : state.Next), exit.Output);

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
