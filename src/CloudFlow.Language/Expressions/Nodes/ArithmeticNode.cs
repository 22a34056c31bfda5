using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>+ - * / %</c> on numbers; <c>+</c> also joins two strings (fdl.md 5.2, D17).</summary>
internal sealed class ArithmeticNode(ExpressionNode left, ExpressionNode right, string symbol, Func<Number, Number, Number> operation)
    : ExpressionNode
{
    private readonly bool _joinsStrings = symbol == "+";

    public override JsonNode? Read(ExpressionScope scope)
    {
        var a = left.Read(scope);
        var b = right.Read(scope);
        if (Number.TryRead(a, out var x) && Number.TryRead(b, out var y))
        {
            return operation(x, y).ToJson();
        }
        if (_joinsStrings && JsonTypes.TryGetString(a, out var s) && JsonTypes.TryGetString(b, out var t))
        {
            return JsonValue.Create(s + t);
        }
        throw new ExpressionEvaluationException(
            $"operator '{symbol}' needs two numbers{(_joinsStrings ? " or two strings" : "")}, got {JsonTypes.NameOf(a)} and {JsonTypes.NameOf(b)}");
    }

    public override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);
}
