using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// Member and element lookup. A missing member, a member of a non-object (null included) and an index out of range
/// all give null (fdl.md 5.4, D3). The result is the container's own node: read it, do not attach it.
/// </summary>
internal static class JsonPaths
{
    public static JsonNode? Member(JsonNode? container, string name) =>
        container is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    public static JsonNode? Element(JsonNode? container, long index) =>
        container is JsonArray array && index >= 0 && index < array.Count ? array[(int)index] : null;

    /// <summary>
    /// container[key] with a key computed at run time: a string names a member, an integer an element; false for a key
    /// of any other type.
    /// </summary>
    public static bool TryIndex(JsonNode? container, JsonNode? key, out JsonNode? value)
    {
        if (JsonTypes.TryGetString(key, out var name))
        {
            value = Member(container, name);
            return true;
        }
        if (Number.TryRead(key, out var number) && number.TryGetInteger(out var index))
        {
            value = Element(container, index);
            return true;
        }
        value = null;
        return false;
    }
}
