using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl.md 3.2: the raw result comes from the execution's scenario, the flow's mocks, or the integration, in that
/// order (decisions.md). Each attempt records TaskScheduled, TaskStarted and TaskSucceeded or TaskFailed.
/// </summary>
internal sealed class TaskStateExecutor(TaskIntegrations integrations) : StateExecutor<TaskState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(TaskState state, StateContext context, CancellationToken cancellationToken)
    {
        var run = context.Run;
        var parameters = state.Parameters is { } template ? context.Evaluate(template, context.Scope(context.Input)) : context.Input;
        var retry = context.RetryCount;
        run.History.Append(context.Lane, EventTypes.TaskScheduled, state.Name, EventDetail.Input(parameters, retry));
        var invocation = run.NextInvocation(state.Name);
        run.History.Append(context.Lane, EventTypes.TaskStarted, state.Name, new EventDetail(null, null, null, null, retry));
        try
        {
            var result = await InvokeAsync(state, context, parameters, invocation, cancellationToken);
            run.History.Append(context.Lane, EventTypes.TaskSucceeded, state.Name, EventDetail.Output(result, retry));
            return StateOutcome.Continue(result);
        }
        catch (StateErrorException e)
        {
            var type = e.Error == ErrorNames.Timeout ? EventTypes.TaskTimedOut : EventTypes.TaskFailed;
            run.History.Append(context.Lane, type, state.Name, EventDetail.Failure(e.Error, e.Cause, retry));
            throw;
        }
    }

    private ValueTask<JsonNode?> InvokeAsync(TaskState state, StateContext context, JsonNode? parameters, int invocation, CancellationToken cancellationToken)
    {
        var entry = context.Run.Mocks.Find(state.Name, invocation, out var uncovered);
        if (uncovered is not null)
        {
            throw new StateErrorException(ErrorNames.Unsupported, uncovered);
        }

        if (entry is null)
        {
            return integrations.InvokeAsync(new TaskInvocation(state, context, parameters), cancellationToken);
        }

        if (entry.Error is { } error)
        {
            throw new StateErrorException(error, entry.Cause);
        }

        return ValueTask.FromResult(entry.Output?.DeepClone());
    }
}
