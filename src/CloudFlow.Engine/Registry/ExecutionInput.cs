using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Engine.Registry;

/// <summary>An execution's Input (or a schedule's Payload, which becomes one): a JSON object within the data limit.</summary>
internal static class ExecutionInput
{
    /// <summary>The text to run with: absent means {} (api.md StartExecution; decisions.md, Sizes).</summary>
    public static string Check(string? text, LimitsOptions limits, string parameter = "Input")
    {
        if (string.IsNullOrEmpty(text))
        {
            return "{}";
        }

        if (Encoding.UTF8.GetByteCount(text) > limits.DataBytes)
        {
            throw CloudFlowException.InvalidArgument($"{parameter} is larger than the limit of {limits.DataBytes} bytes.");
        }

        try
        {
            return StrictJson.Parse(text) is JsonObject
                ? text
                : throw CloudFlowException.InvalidArgument($"{parameter} must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw CloudFlowException.InvalidArgument($"{parameter} is not valid JSON: {e.Message}");
        }
    }
}
