using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>Prefix <c>-operand</c> on a number.</summary>
internal sealed class NegateNode(ExpressionNode operand) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope)
    {
        var value = operand.Read(scope);
        return Number.TryRead(value, out var number)
            ? Number.Negate(number).ToJson()
            : throw new ExpressionEvaluationException($"operator '-' needs a number, got {JsonTypes.NameOf(value)}");
    }

    public override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);
}
