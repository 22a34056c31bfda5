using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Tasks;

/// <summary>
/// An attempt of a Task in a callback mode (fdl.md 11.4): invoke (a mock entry stands for the invocation only,
/// decisions.md), record TaskSubmitted, checkpoint, then wait for the report on the token. A report that comes while
/// the invocation still runs (a function reporting before it answers) completes the task at once.
/// </summary>
internal sealed class CallbackAttempt(TaskInvoker invoker)
{
    /// <summary>The result, and whether it came from the token's slot (else the visit's slot is still open).</summary>
    public async Task<(JsonNode? Result, bool FromSlot)> RunAsync(TaskInvocation invocation, TaskEvents events, TaskTimeout timeout, CallbackWait wait)
    {
        var run = invocation.Context.Run;
        var key = invocation.Context.EffectKey("callback");
        if (run.Journal.TryGet(key, out var journaled))
        {
            events.Submitted(null);
            return (TaskOutcome.Parse(journaled).Unwrap(), true);
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var idle = run.Activity.Idle();
        var report = wait.WaitAsync(waiting.Token);
        if (report.IsCompletedSuccessfully)
        {
            // Reported before this attempt began (during a retry interval, or before a restart): nothing to invoke.
            events.Submitted(null);
            return (Journal(run, key, report.Result), true);
        }

        var submit = invoker.InvokeAsync(invocation, events, timeout);
        try
        {
            if (await Task.WhenAny(submit, report) == report && report.IsCompletedSuccessfully)
            {
                // The callback overtook the invocation's answer, which is no longer needed.
                _ = submit.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                events.Submitted(null);
                return (Journal(run, key, report.Result), true);
            }

            var response = await submit;
            events.Submitted(response.Result);
            if (invocation.State.Mode is TaskMode.WaitForSystemCallback && !response.AwaitsCallback)
            {
                return (response.Result, false);
            }

            await run.CheckpointAsync();
            return (Journal(run, key, await report), true);
        }
        catch (OperationCanceledException) when (timeout.Passed)
        {
            // A report stored just as the deadline passed still wins.
            return wait.Stored() is { Ended: false } late ? (Journal(run, key, late), true) : throw timeout.Error();
        }
        finally
        {
            await waiting.CancelAsync();
        }
    }

    private static JsonNode? Journal(ExecutionRun run, string key, TaskOutcome outcome)
    {
        run.Journal.Record(key, outcome.Serialize());
        return outcome.Unwrap();
    }
}
