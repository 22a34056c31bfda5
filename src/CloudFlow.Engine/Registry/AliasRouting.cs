using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// RoutingConfigurations: JSON text <c>[{"Version":"1","Weight":30}, …]</c> on the wire and in storage, with distinct
/// versions whose weights sum to 100 (api.md aliases). Versions and weights may come as strings or numbers, as the two
/// SDK models disagree on Weight's type.
/// </summary>
internal static class AliasRouting
{
    private const int TotalWeight = 100;

    public static IReadOnlyList<AliasRoute> Parse(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw Invalid($"it is not valid JSON: {e.Message}");
        }

        if (node is not JsonArray { Count: > 0 } items)
        {
            throw Invalid("it must be a non-empty JSON array");
        }

        var routes = items.Select(Route).ToList();
        if (routes.DistinctBy(r => r.Version).Count() != routes.Count)
        {
            throw Invalid("a version may appear only once");
        }

        return routes.Sum(r => r.Weight) == TotalWeight ? routes : throw Invalid($"the weights must add up to {TotalWeight}");
    }

    public static string Encode(IReadOnlyList<AliasRoute> routes) =>
        new JsonArray([.. routes.Select(r => new JsonObject { ["Version"] = Text(r.Version), ["Weight"] = r.Weight })]).ToJsonString();

    /// <summary>A version chosen with the routes' weights as chances (api.md: an alias picks a version by weight).</summary>
    public static long Pick(IReadOnlyList<AliasRoute> routes)
    {
        var draw = Random.Shared.Next(TotalWeight);
        foreach (var route in routes)
        {
            draw -= route.Weight;
            if (draw < 0)
            {
                return route.Version;
            }
        }

        return routes[^1].Version;
    }

    private static AliasRoute Route(JsonNode? item)
    {
        var entry = item as JsonObject ?? throw Invalid("each item must be an object with Version and Weight");
        var version = VersionNumber.TryParse(Text(entry["Version"]), out var v) ? v : throw Invalid("each item needs a Version, a version number");
        var weight = int.TryParse(Text(entry["Weight"]), NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= TotalWeight
            ? w
            : throw Invalid($"each item needs a Weight from 0 to {TotalWeight}");
        return new AliasRoute(version, weight);
    }

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString();

    private static CloudFlowException Invalid(string problem) => CloudFlowException.InvalidArgument($"RoutingConfigurations: {problem}.");
}
