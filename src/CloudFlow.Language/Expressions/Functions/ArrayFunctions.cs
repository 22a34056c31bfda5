using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The array operations of fdl.md 5.5: arrayContains, arrayUnique, toArray.</summary>
internal static class ArrayFunctions
{
    public static JsonNode ArrayContains(FunctionArguments arguments) =>
        JsonValue.Create(JsonEquality.Contains(arguments.Array(0), arguments[1]));

    /// <summary>Keeps the first of equal elements, in order.</summary>
    public static JsonNode ArrayUnique(FunctionArguments arguments)
    {
        var unique = new JsonArray();
        foreach (var element in arguments.Array(0))
        {
            if (!JsonEquality.Contains(unique, element))
            {
                unique.Add(element?.DeepClone());
            }
        }
        return unique;
    }

    public static JsonNode ToArray(FunctionArguments arguments)
    {
        var array = new JsonArray();
        for (var i = 0; i < arguments.Count; i++)
        {
            array.Add(arguments[i]?.DeepClone());
        }
        return array;
    }
}
