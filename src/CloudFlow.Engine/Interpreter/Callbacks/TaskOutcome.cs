using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>
/// How a task invocation or callback ended, as journaled: a raw result, an error, or (a callback slot only) the
/// mark that the visit ended with no report, so a late report is TaskAlreadyCompleted.
/// </summary>
internal sealed record TaskOutcome(JsonNode? Output, string? Error = null, string Cause = "", bool Ended = false)
{
    public static TaskOutcome EndedMark { get; } = new(null, Ended: true);

    public static TaskOutcome Failed(string error, string cause) => new(null, error, cause);

    /// <summary>The result, or the error thrown as the state's error.</summary>
    public JsonNode? Unwrap() =>
        Ended ? throw new StateErrorException(ErrorNames.RuntimeError, "The task ended before a report arrived.")
        : Error is { } error ? throw new StateErrorException(error, Cause)
        : Output?.DeepClone();

    public string Serialize()
    {
        var json = Ended ? new JsonObject { ["ended"] = true }
            : Error is null ? new JsonObject { ["output"] = Output?.DeepClone() }
            : new JsonObject { ["error"] = Error, ["cause"] = Cause };
        return JsonText.Of(json);
    }

    public static TaskOutcome Parse(string text)
    {
        var json = (JsonObject)JsonNode.Parse(text)!;
        return json.ContainsKey("ended") ? EndedMark
            : json["error"] is { } error ? Failed(error.GetValue<string>(), json["cause"]?.GetValue<string>() ?? "")
            : new TaskOutcome(json["output"]);
    }
}
