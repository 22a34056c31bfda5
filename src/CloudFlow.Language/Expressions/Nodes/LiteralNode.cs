using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>A constant: a literal, or an array/object literal made only of constants.</summary>
internal sealed class LiteralNode(JsonNode? value) : ExpressionNode
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Read(ExpressionScope scope) => Value;
}
