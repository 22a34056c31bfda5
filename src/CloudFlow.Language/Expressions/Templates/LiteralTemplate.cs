using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Templates;

/// <summary>A constant part of a constructor; every evaluation gets its own copy.</summary>
internal sealed class LiteralTemplate(JsonNode? value) : DataTemplate
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Evaluate(ExpressionScope scope) => Value?.DeepClone();
}
