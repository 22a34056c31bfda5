using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>Any source that is not a <c>$input</c>, <c>$local</c> or <c>$context</c> path, as JSON (fdl-legacy.md 2.5).</summary>
public sealed class LegacyConstant(JsonNode? value) : LegacySource
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Evaluate(LegacyScope scope) => Value?.DeepClone();
}
