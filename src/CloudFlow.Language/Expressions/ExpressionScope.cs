using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>The variables an expression can read (fdl.md 4.2 table). Values are never mutated by evaluation.</summary>
public sealed class ExpressionScope
{
    public JsonNode? Input { get; init; }
    public JsonNode? Output { get; init; }
    public JsonNode? Context { get; init; }
    public JsonNode? Global { get; init; }
    public JsonNode? Item { get; init; }

    /// <summary>Source of randomness for uuid() and randomInt(); seeded per state visit so a replay gives the same values.</summary>
    public Random Random { get; init; } = Random.Shared;
}
