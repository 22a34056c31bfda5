using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Engine.Interpreter.Integrations.Http;

/// <summary>Request and answer bodies of the HTTP-based integrations (fdl.md 11.1, 11.3).</summary>
internal static class HttpBodies
{
    /// <summary>The client every integration calls through: no client-side timeout, the Task's Timeout decides.</summary>
    public const string ClientName = "CloudFlow.Integrations";

    /// <summary>A string is sent as it is, any other value as its JSON text; no value sends an empty body.</summary>
    public static HttpContent? Content(JsonNode? body) => body switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => new StringContent(text, Encoding.UTF8, "text/plain"),
        _ => new StringContent(JsonText.Of(body), Encoding.UTF8, "application/json"),
    };

    /// <summary>
    /// The answer parsed when it is JSON, else its text (fdl.md D14; 11.3 for HTTP:Request). Strictly, so an answer
    /// with an invalid string escape stays text instead of breaking the history it is written to.
    /// </summary>
    public static JsonNode? Parse(string text)
    {
        try
        {
            return StrictJson.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>Response and content headers, one value each (repeated ones joined by ", ").</summary>
    public static JsonObject Headers(HttpResponseMessage response)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return headers;
    }

    /// <summary>A string is the text itself; any other value is its JSON text.</summary>
    public static string TextOf(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : JsonText.Of(value);
}
