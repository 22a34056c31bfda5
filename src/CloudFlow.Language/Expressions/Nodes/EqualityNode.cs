using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>==</c> and <c>!=</c>: deep equality, false between different JSON types (fdl.md 5.2).</summary>
internal sealed class EqualityNode(ExpressionNode left, ExpressionNode right, bool negated) : BooleanNode
{
    public override bool Compute(ExpressionScope scope) => JsonEquality.Equal(left.Read(scope), right.Read(scope)) != negated;
}
