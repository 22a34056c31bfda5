using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// Classifies and reads JSON values whether they wrap a JsonElement (parsed text) or a CLR value (built in code).
/// </summary>
internal static class JsonTypes
{
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static string NameOf(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    public static bool TryGetString(JsonNode? node, [NotNullWhen(true)] out string? text)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.TryGetValue(out string? direct) ? direct : Reparse(value).GetValue<string>();
            return true;
        }
        text = null;
        return false;
    }

    /// <summary>
    /// A JsonValue over a less common CLR type (char, DateTime, int, decimal...) does not convert in TryGetValue;
    /// its JSON text does.
    /// </summary>
    public static JsonValue Reparse(JsonValue value) => JsonNode.Parse(value.ToJsonString())!.AsValue();
}
