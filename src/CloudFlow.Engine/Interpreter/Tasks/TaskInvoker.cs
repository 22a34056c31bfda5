using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Tasks;

/// <summary>
/// One attempt's invocation: the execution's scenario or the flow's mocks (decisions.md, Mocks and scenarios), else the
/// answer journaled by an earlier run of the same attempt, else the integration, after a checkpoint (decisions.md,
/// Durability). An answer is journaled with the next checkpoint, so a restart after it does not call again.
/// </summary>
internal sealed class TaskInvoker(TaskIntegrations integrations)
{
    public async Task<TaskResponse> InvokeAsync(TaskInvocation invocation, TaskEvents events, TaskTimeout timeout)
    {
        var (state, context) = (invocation.State, invocation.Context);
        var run = context.Run;
        var entry = run.Mocks.Find(state.Name, invocation.Number, out var uncovered);
        if (uncovered is not null)
        {
            throw new StateErrorException(ErrorNames.Unsupported, uncovered);
        }

        if (entry is not null)
        {
            return entry.Error is { } error ? throw new StateErrorException(error, entry.Cause) : new TaskResponse(entry.Output?.DeepClone());
        }

        var key = context.EffectKey("invoke");
        if (run.Journal.TryGet(key, out var journaled))
        {
            return new TaskResponse(TaskOutcome.Parse(journaled).Unwrap());
        }

        if (state.Mode is TaskMode.RequestComplete && run.History.IsStored(context.Lane))
        {
            // In flight at a crash: invoked again, with a TaskStarted of its own (decisions.md, Durability).
            events.Started();
        }

        var cancellation = timeout.Token; // fixes the deadline first, so this checkpoint stores it
        await run.CheckpointAsync();
        TaskOutcome outcome;
        // A callback mode is idle for its whole wait (CallbackAttempt); a plain call is idle while it runs.
        using (state.Mode is TaskMode.RequestComplete ? run.Activity.Idle() : null)
        {
            try
            {
                var response = await integrations.InvokeAsync(invocation, cancellation);
                if (response.AwaitsCallback)
                {
                    return response;
                }

                outcome = new TaskOutcome(response.Result);
            }
            catch (StateErrorException e)
            {
                outcome = TaskOutcome.Failed(e.Error, e.Cause);
            }
            catch (OperationCanceledException) when (timeout.Passed)
            {
                var error = timeout.Error();
                outcome = TaskOutcome.Failed(error.Error, error.Cause);
            }
        }

        run.Journal.Record(key, outcome.Serialize());
        return new TaskResponse(outcome.Unwrap());
    }
}
