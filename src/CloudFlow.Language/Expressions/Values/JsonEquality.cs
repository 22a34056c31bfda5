using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// Deep equality of JSON values (fdl.md 5.2): numbers by value (1 == 1.0), no coercion between types,
/// arrays element by element, objects key by key in any order.
/// </summary>
internal static class JsonEquality
{
    public static bool Equal(JsonNode? left, JsonNode? right)
    {
        var kind = JsonTypes.KindOf(left);
        if (kind != JsonTypes.KindOf(right))
        {
            return false;
        }
        return kind switch
        {
            JsonValueKind.Number => Number.TryRead(left, out var a) && Number.TryRead(right, out var b) && a.CompareTo(b) == 0,
            JsonValueKind.String => StringsEqual(left!.AsValue(), right!.AsValue()),
            JsonValueKind.Array => ArraysEqual(left!.AsArray(), right!.AsArray()),
            JsonValueKind.Object => ObjectsEqual(left!.AsObject(), right!.AsObject()),
            _ => true,
        };
    }

    public static bool Contains(JsonArray array, JsonNode? item)
    {
        foreach (var element in array)
        {
            if (Equal(element, item))
            {
                return true;
            }
        }
        return false;
    }

    // A parsed string compares through JsonElement.ValueEquals without being decoded into a new string.
    private static bool StringsEqual(JsonValue left, JsonValue right)
    {
        if (left.TryGetValue(out JsonElement element))
        {
            return JsonTypes.TryGetString(right, out var text) && element.ValueEquals(text);
        }
        if (right.TryGetValue(out element))
        {
            return JsonTypes.TryGetString(left, out var text) && element.ValueEquals(text);
        }
        return JsonTypes.TryGetString(left, out var x) && JsonTypes.TryGetString(right, out var y) && x == y;
    }

    private static bool ArraysEqual(JsonArray left, JsonArray right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }
        for (var i = 0; i < left.Count; i++)
        {
            if (!Equal(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ObjectsEqual(JsonObject left, JsonObject right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }
        foreach (var (key, value) in left)
        {
            if (!right.TryGetPropertyValue(key, out var other) || !Equal(value, other))
            {
                return false;
            }
        }
        return true;
    }
}
