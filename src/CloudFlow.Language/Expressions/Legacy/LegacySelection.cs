using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// What a path selected, or nothing: conditions tell a missing path from a null value (decisions.md, Legacy dialect).
/// The node may belong to the scope's values: read it, never attach it.
/// </summary>
public readonly record struct LegacySelection(JsonNode? Node, bool Exists)
{
    public static LegacySelection Missing => default;

    public static LegacySelection Of(JsonNode? node) => new(node, true);

    public static LegacySelection Of(bool value) => new(JsonValue.Create(value), true);
}
