using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The map operations of fdl.md 5.5: mapKeys, mapValues, jsonMerge.</summary>
internal static class MapFunctions
{
    public static JsonNode MapKeys(FunctionArguments arguments)
    {
        var keys = new JsonArray();
        foreach (var key in SortedKeys(arguments.Object(0)))
        {
            keys.Add(key);
        }
        return keys;
    }

    public static JsonNode MapValues(FunctionArguments arguments)
    {
        var obj = arguments.Object(0);
        var values = new JsonArray();
        foreach (var key in SortedKeys(obj))
        {
            values.Add(obj[key]?.DeepClone());
        }
        return values;
    }

    /// <summary>Shallow merge: the second object's value wins for a key both have.</summary>
    public static JsonNode JsonMerge(FunctionArguments arguments)
    {
        var merged = new JsonObject();
        foreach (var source in (ReadOnlySpan<JsonObject>)[arguments.Object(0), arguments.Object(1)])
        {
            foreach (var (key, value) in source)
            {
                merged[key] = value?.DeepClone();
            }
        }
        return merged;
    }

    /// <summary>Keys in ascending order, so mapKeys and mapValues are deterministic (fdl.md 5.5 Decision).</summary>
    private static string[] SortedKeys(JsonObject obj)
    {
        var keys = new string[obj.Count];
        var i = 0;
        foreach (var (key, _) in obj)
        {
            keys[i++] = key;
        }
        Array.Sort(keys, CodePointComparer.Instance);
        return keys;
    }
}
