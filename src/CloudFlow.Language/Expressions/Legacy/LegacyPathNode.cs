namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A <c>$</c> path over the choice step's input (fdl-legacy.md 4).</summary>
internal sealed class LegacyPathNode(LegacyPath path) : LegacyConditionNode
{
    public override LegacySelection Evaluate(LegacyScope scope) => path.Select(scope);
}
