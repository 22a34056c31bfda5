using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Tasks;

/// <summary>
/// One attempt's task events (decisions.md, Executions and history): TaskScheduled, then TaskSubmitted for the
/// asynchronous modes (or TaskSubmitFailed), TaskStarted, then TaskSucceeded, TaskFailed or TaskTimedOut.
/// </summary>
internal sealed class TaskEvents(StateContext context)
{
    private bool _submitted;

    public void Scheduled(JsonNode? parameters) => Append(EventTypes.TaskScheduled, EventDetail.Input(parameters, context.RetryCount));

    public void Started() => Append(EventTypes.TaskStarted, new EventDetail(null, null, null, null, context.RetryCount));

    /// <summary>The submission's answer, with the token a callback is reported to, then TaskStarted.</summary>
    public void Submitted(JsonNode? answer)
    {
        Append(EventTypes.TaskSubmitted, EventDetail.Output(answer, context.RetryCount) with { TaskToken = context.TaskToken });
        _submitted = true;
        Started();
    }

    public long Succeeded(JsonNode? result) => Append(EventTypes.TaskSucceeded, EventDetail.Output(result, context.RetryCount));

    public long Failed(StateErrorException error)
    {
        var type = error.Error is ErrorNames.Timeout or ErrorNames.TaskTimeout ? EventTypes.TaskTimedOut
            : context.State is TaskState { Mode: not TaskMode.RequestComplete } && !_submitted ? EventTypes.TaskSubmitFailed
            : EventTypes.TaskFailed;
        return Append(type, EventDetail.Failure(error.Error, error.Cause, context.RetryCount));
    }

    private long Append(string type, EventDetail detail) => context.Run.History.Append(context.Lane, type, context.State.Name, detail);
}
