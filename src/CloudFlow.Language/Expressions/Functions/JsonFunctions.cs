using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The JSON data operations of fdl.md 5.5: stringToJson (fromJSON) and jsonToString (toJSON).</summary>
internal static class JsonFunctions
{
    public static JsonNode? StringToJson(FunctionArguments arguments)
    {
        try
        {
            return StrictJson.Parse(arguments.String(0));
        }
        catch (JsonException e)
        {
            throw arguments.Error($"the text is not JSON: {e.Message}");
        }
    }

    public static JsonNode JsonToString(FunctionArguments arguments) => JsonValue.Create(CompactJson.Write(arguments[0]));
}
