using System.Text.Json.Nodes;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>How an execution's end reads as the outcome of the task waiting for it (sub-flows, CallbackFnFTaskToken).</summary>
internal static class ExecutionEnds
{
    /// <summary>StopExecution may give no error; the waiting task still needs a name to match in Retry and Catch.</summary>
    public const string Stopped = "FnF.ExecutionStopped";

    public static TaskOutcome OutcomeOf(ExecutionRecord execution) => execution.Status is ExecutionStatus.Succeeded
        ? new TaskOutcome(JsonNode.Parse(execution.Output ?? "null"))
        : TaskOutcome.Failed(string.IsNullOrEmpty(execution.ErrorCode) ? Stopped : execution.ErrorCode, execution.ErrorCause ?? "");
}
