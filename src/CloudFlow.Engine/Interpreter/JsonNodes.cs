using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

internal static class JsonNodes
{
    /// <summary>A JsonNode has one parent: reuse a free node, copy one that already belongs somewhere.</summary>
    public static JsonNode? Adopt(JsonNode? node) => node is null || node.Parent is null ? node : node.DeepClone();

    /// <summary>An array of the given nodes, each adopted.</summary>
    public static JsonArray ArrayOf(IEnumerable<JsonNode?> nodes) => new(nodes.Select(Adopt).ToArray());
}
