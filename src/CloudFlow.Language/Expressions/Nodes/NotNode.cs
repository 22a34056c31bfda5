namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>!operand</c>; a null operand counts as false (D24).</summary>
internal sealed class NotNode(ExpressionNode operand) : BooleanNode
{
    public override bool Compute(ExpressionScope scope) => !operand.Test(scope, "operator '!'");
}
