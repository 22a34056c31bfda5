using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>The values a legacy path reads (fdl-legacy.md 2.5); evaluation never mutates them.</summary>
public sealed class LegacyScope
{
    public JsonNode? Input { get; init; }

    public JsonNode? Local { get; init; }

    public JsonNode? Context { get; init; }
}
