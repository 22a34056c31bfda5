using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The common sequence of every state (fdl.md 4.5): entered, the input, the executor's work, the output, then Retry or
/// Catch on an error (fdl.md 7), and the exited event. How input and output are built is the run's data flow.
/// </summary>
internal sealed class StateRunner(StateExecutorFactory executors)
{
    public ValueTask<StepResult> RunAsync(
        ExecutionRun run, Lane lane, StateDefinition state, ScopeData scope, ScopeRunner scopes, CancellationToken cancellationToken)
    {
        var executor = executors.For(state.Kind, run.Definition.Dialect);
        var context = new StateContext(run, lane, state, lane.Visit(state.Name), scopes);

        // Most states are instant and take neither Retry nor Catch (fdl.md 7): they need no state machine.
        return executor is IInstantStateExecutor instant && state.Retry.Count == 0 && state.Catch.Count == 0
            ? ValueTask.FromResult(RunInstant(instant, context, scope))
            : RunAsync(executor, context, scope, cancellationToken);
    }

    /// <summary>All its events carry the time it was entered: reading the clock costs more than the state's work.</summary>
    private static StepResult RunInstant(IInstantStateExecutor executor, StateContext context, ScopeData scope)
    {
        var now = context.Run.Clock.Now;
        Enter(context, scope, now);
        try
        {
            Start(context, scope, now);
            return Succeed(context, executor.Execute(context), now);
        }
        catch (StateErrorException e)
        {
            Fail(context, e, now);
            throw;
        }
    }

    private static async ValueTask<StepResult> RunAsync(IStateExecutor executor, StateContext context, ScopeData scope, CancellationToken cancellationToken)
    {
        var (run, state) = (context.Run, context.State);
        Enter(context, scope, at: null);
        var attempts = state.Retry.Count == 0 ? null : new int[state.Retry.Count];
        var started = false;
        while (true)
        {
            try
            {
                if (!started)
                {
                    Start(context, scope, at: null);
                    started = true;
                }

                var outcome = await executor.ExecuteAsync(context, cancellationToken);
                return Succeed(context, outcome, at: null);
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

                if (CatchRuleFor(state, e.Error) is not { } rule)
                {
                    Fail(context, e, at: null);
                    throw;
                }

                run.History.Append(context.Lane, EventTypes.StepFailed, state.Name, EventDetail.Failure(e.Error, e.Cause));
                var caught = run.DataFlow.Catch(context, scope, rule, e);
                run.History.Append(context.Lane, EventTypes.StepExited, state.Name, caught.Exited);
                return new StepResult(rule.Next, caught.Output);
            }
        }
    }

    private static void Enter(StateContext context, ScopeData scope, DateTimeOffset? at) =>
        context.Run.History.Append(context.Lane, EventTypes.StepEntered, context.State.Name, context.Run.DataFlow.Entered(scope), at: at);

    private static void Start(StateContext context, ScopeData scope, DateTimeOffset? at)
    {
        context.Input = context.Run.DataFlow.Input(context, scope);
        context.Run.History.Append(context.Lane, EventTypes.StepStarted, context.State.Name, EventDetail.Input(context.Input), at: at);
    }

    private static StepResult Succeed(StateContext context, StateOutcome outcome, DateTimeOffset? at)
    {
        var (run, state) = (context.Run, context.State);
        var exit = run.DataFlow.Finish(context, outcome.Result);
        run.History.Append(context.Lane, EventTypes.StepSucceeded, state.Name, EventDetail.Output(exit.Output), at: at);
        run.History.Append(context.Lane, EventTypes.StepExited, state.Name, exit.Exited, at: at);
        return outcome.EndsScope
            ? new StepResult(null, exit.Output, EndsScope: true)
            : new StepResult(outcome.Next ?? (state.End ? null : state.Next), exit.Output);
    }

    /// <summary>The state failed and no Catch takes the error: its scope fails with it.</summary>
    private static void Fail(StateContext context, StateErrorException e, DateTimeOffset? at)
    {
        var failure = EventDetail.Failure(e.Error, e.Cause);
        context.Run.History.Append(context.Lane, EventTypes.StepFailed, context.State.Name, failure, at: at);
        context.Run.History.Append(context.Lane, EventTypes.StepExited, context.State.Name, failure, at: at);
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
