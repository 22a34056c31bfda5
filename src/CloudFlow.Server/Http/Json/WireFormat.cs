using System.Globalization;
using System.Text.Json.Nodes;

namespace CloudFlow.Server.Http.Json;

/// <summary>api.md 2: times are UTC with milliseconds; JSON-carrying stored texts become objects where the model says so.</summary>
internal static class WireFormat
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Json(string? text) => string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);
}
