using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter.Legacy;

internal static class LegacyJson
{
    /// <summary>
    /// fdl-legacy.md 2.2 (Decision): a shallow merge into a new object, the second operand winning on equal keys.
    /// Anything but an object adds nothing, since legacy inputs and outputs are objects.
    /// </summary>
    public static JsonObject Merge(JsonNode? first, JsonNode? second)
    {
        var merged = new JsonObject();
        foreach (var source in (JsonNode?[])[first, second])
        {
            if (source is JsonObject obj)
            {
                foreach (var (key, value) in obj)
                {
                    merged[key] = value?.DeepClone();
                }
            }
        }

        return merged;
    }
}
