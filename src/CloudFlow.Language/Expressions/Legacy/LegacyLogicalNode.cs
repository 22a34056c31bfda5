namespace CloudFlow.Language.Expressions.Legacy;

/// <summary><c>&amp;&amp;</c> or <c>||</c>, short-circuit; an operand counts as true only when it is the boolean true.</summary>
internal sealed class LegacyLogicalNode(bool isAnd, LegacyConditionNode left, LegacyConditionNode right) : LegacyConditionNode
{
    public override LegacySelection Evaluate(LegacyScope scope)
    {
        var first = IsTrue(left.Evaluate(scope));
        return LegacySelection.Of(isAnd ? first && IsTrue(right.Evaluate(scope)) : first || IsTrue(right.Evaluate(scope)));
    }
}
