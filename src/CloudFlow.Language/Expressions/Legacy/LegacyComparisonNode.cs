namespace CloudFlow.Language.Expressions.Legacy;

internal sealed class LegacyComparisonNode(LegacyComparisonOperator op, LegacyConditionNode left, LegacyConditionNode right) : LegacyConditionNode
{
    public override LegacySelection Evaluate(LegacyScope scope) =>
        LegacySelection.Of(LegacyComparison.Compare(op, left.Evaluate(scope), right.Evaluate(scope)));
}
