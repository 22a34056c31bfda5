using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>
/// <c>&lt; &lt;= &gt; &gt;=</c> on two numbers or two strings; other operands are errors (fdl.md 5.2).
/// <paramref name="accepts"/> maps the order of the operands (negative, zero, positive) to the result.
/// </summary>
internal sealed class ComparisonNode(ExpressionNode left, ExpressionNode right, string symbol, Func<int, bool> accepts) : BooleanNode
{
    public override bool Compute(ExpressionScope scope)
    {
        var a = left.Read(scope);
        var b = right.Read(scope);
        if (Number.TryRead(a, out var x) && Number.TryRead(b, out var y))
        {
            return accepts(x.CompareTo(y));
        }
        if (JsonTypes.TryGetString(a, out var s) && JsonTypes.TryGetString(b, out var t))
        {
            return accepts(CodePointComparer.Instance.Compare(s, t));
        }
        throw new ExpressionEvaluationException(
            $"operator '{symbol}' compares two numbers or two strings, got {JsonTypes.NameOf(a)} and {JsonTypes.NameOf(b)}");
    }
}
