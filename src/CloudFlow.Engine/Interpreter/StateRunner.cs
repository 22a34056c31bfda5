using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The common sequence of every state (fdl.md 4.5): entered, InputConstructor, the executor's work, Global and
/// Output constructors, then Retry or Catch on an error (fdl.md 7), and the exited event.
/// </summary>
internal sealed class StateRunner(StateExecutorFactory executors, LimitsOptions limits)
{
    public async ValueTask<StepResult> RunAsync(
        ExecutionRun run, Lane lane, StateDefinition state, JsonNode? data, ScopeRunner scopes, CancellationToken cancellationToken)
    {
        var context = new StateContext(run, lane, state, lane.Visit(state.Name), scopes);
        run.History.Append(lane, EventTypes.StepEntered, state.Name, EventDetail.Input(data));
        var attempts = state.Retry.Count == 0 ? null : new int[state.Retry.Count];
        var started = false;
        while (true)
        {
            try
            {
                if (!started)
                {
                    context.Input = state.InputConstructor is { } constructor ? context.Evaluate(constructor, context.Scope(data)) : data;
                    run.History.Append(lane, EventTypes.StepStarted, state.Name, EventDetail.Input(context.Input));
                    started = true;
                }

                var outcome = await executors.For(state.Kind).ExecuteAsync(context, cancellationToken);
                var output = Finish(state, context, outcome.Result);
                run.History.Append(lane, EventTypes.StepSucceeded, state.Name, EventDetail.Output(output));
                run.History.Append(lane, EventTypes.StepExited, state.Name, EventDetail.Output(output));
                return new StepResult(outcome.EndsScope ? null : outcome.Next ?? (state.End ? null : state.Next), output);
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

                run.History.Append(lane, EventTypes.StepFailed, state.Name, EventDetail.Failure(e.Error, e.Cause));
                if (CatchRuleFor(state, e.Error) is not { } rule)
                {
                    run.History.Append(lane, EventTypes.StepExited, state.Name, EventDetail.Failure(e.Error, e.Cause));
                    throw;
                }

                var caught = CaughtOutput(rule, context, data, e);
                run.History.Append(lane, EventTypes.StepExited, state.Name, EventDetail.Output(caught));
                return new StepResult(rule.Next, caught);
            }
        }
    }

    /// <summary>GlobalConstructor, then OutputConstructor (which still sees the Global of before), then the size limit.</summary>
    private JsonNode? Finish(StateDefinition state, StateContext context, JsonNode? result)
    {
        if (state.GlobalConstructor is null && state.OutputConstructor is null && state.Kind is not (StateKind.Task or StateKind.Parallel or StateKind.Map))
        {
            return result;
        }

        var outputScope = context.Scope(context.Input, output: result);
        if (state.GlobalConstructor is { } global && context.Evaluate(global, outputScope) is JsonObject values)
        {
            context.Run.MergeGlobal(values);
        }

        var output = state.OutputConstructor is { } constructor ? context.Evaluate(constructor, outputScope) : result;
        CheckSize(state, output);
        return output;
    }

    private void CheckSize(StateDefinition state, JsonNode? output)
    {
        var bytes = output is null ? 4 : JsonSerializer.SerializeToUtf8Bytes(output).Length;
        if (bytes > limits.DataBytes)
        {
            throw new StateErrorException(
                ErrorNames.DataSizeExceeded,
                $"The output of state '{state.Name}' is {bytes} bytes, over the limit of {limits.DataBytes} bytes.");
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

    /// <summary>fdl.md 7.4: the Catch OutputConstructor (seeing Current.Error), else {"Error", "Cause"} (D5).</summary>
    private static JsonNode? CaughtOutput(CatchRule rule, StateContext context, JsonNode? data, StateErrorException e)
    {
        if (rule.OutputConstructor is not { } constructor)
        {
            return new JsonObject { ["Error"] = e.Error, ["Cause"] = e.Cause };
        }

        var error = new JsonObject { ["Code"] = e.Error, ["Detail"] = e.Cause };
        return context.Evaluate(constructor, context.Scope(context.Input ?? data, error: error));
    }
}
