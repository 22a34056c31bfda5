using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Engine.Interpreter.Tasks;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// fdl.md 3.2 and 11: the raw result comes from the execution's scenario, the flow's mocks, or the integration, in that
/// order (decisions.md); in a callback mode it comes from the report on the visit's token (fdl.md 11.4).
/// </summary>
internal sealed class TaskStateExecutor(TaskInvoker invoker, CallbackAttempt callbackAttempt, TaskCallbacks callbacks) : StateExecutor<TaskState>
{
    protected override async ValueTask<StateOutcome> ExecuteAsync(TaskState state, StateContext context, CancellationToken cancellationToken)
    {
        var parameters = state.Parameters is { } template ? context.Evaluate(template, context.Scope(context.Input)) : context.Input;
        using var timeout = TaskTimeout.For(context, state, cancellationToken);
        var events = new TaskEvents(context);
        events.Scheduled(parameters);
        var invocation = new TaskInvocation(state, context, parameters, context.Run.NextInvocation(state.Name));
        if (state.Mode is TaskMode.RequestComplete)
        {
            events.Started();
            try
            {
                var response = await invoker.InvokeAsync(invocation, events, timeout);
                events.Succeeded(response.Result);
                return StateOutcome.Continue(response.Result);
            }
            catch (StateErrorException e)
            {
                events.Failed(e);
                throw;
            }
        }

        using var wait = callbacks.Open(context);
        try
        {
            var (result, fromSlot) = await callbackAttempt.RunAsync(invocation, events, timeout, wait);
            wait.Recorded(events.Succeeded(result));
            if (!fromSlot)
            {
                await callbacks.CloseAsync(context);
            }

            return StateOutcome.Continue(result);
        }
        catch (StateErrorException e)
        {
            wait.Recorded(events.Failed(e));
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await callbacks.CloseAsync(context);
            throw;
        }
    }
}
