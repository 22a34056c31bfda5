namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>left &amp;&amp; right</c>, short-circuit; null operands count as false (D24).</summary>
internal sealed class AndNode(ExpressionNode left, ExpressionNode right) : BooleanNode
{
    public override bool Compute(ExpressionScope scope) => left.Test(scope, "operator '&&'") && right.Test(scope, "operator '&&'");
}
