using System.Text.Json;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// Prefix <c>!</c> binds to its operand (decisions.md, Legacy dialect). It negates a boolean; anything else, a missing
/// path included, gives no value, so the condition or comparison holding it is false.
/// </summary>
internal sealed class LegacyNotNode(LegacyConditionNode operand) : LegacyConditionNode
{
    public override LegacySelection Evaluate(LegacyScope scope)
    {
        var value = operand.Evaluate(scope);
        return value.Node?.GetValueKind() switch
        {
            JsonValueKind.True => LegacySelection.Of(false),
            JsonValueKind.False => LegacySelection.Of(true),
            _ => LegacySelection.Missing,
        };
    }
}
