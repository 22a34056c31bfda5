using System.Text.Json;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A node of a parsed choice condition; every node gives a value, so <c>!</c> and comparisons compose.</summary>
internal abstract class LegacyConditionNode
{
    public abstract LegacySelection Evaluate(LegacyScope scope);

    /// <summary>Only the boolean true counts as true; null, a missing path and every other value do not.</summary>
    public static bool IsTrue(LegacySelection value) => value.Node?.GetValueKind() is JsonValueKind.True;
}
