using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// JSON texts the API hands out (Output, EventDetail) keep their characters as the caller wrote them: the
/// default encoder would turn quotes and non-ASCII into \uXXXX, and Output would no longer equal its Input.
/// </summary>
public static class JsonText
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonSerializerOptions Options { get; } = new() { Encoder = Encoder };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    public static string Of(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
