using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>JSON text without spaces, with non-ASCII characters kept as they are (jsonToString, format).</summary>
internal static class CompactJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);
}
