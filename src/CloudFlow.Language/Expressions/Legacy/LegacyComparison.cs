using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// fdl-legacy.md 4 and decisions.md: numbers compare numerically, strings by code point; a missing operand makes every
/// comparison false, <c>!=</c> included; values of different types are unequal and unordered.
/// </summary>
internal static class LegacyComparison
{
    public static bool Compare(LegacyComparisonOperator op, LegacySelection left, LegacySelection right)
    {
        if (!left.Exists || !right.Exists)
        {
            return false;
        }

        var kind = KindOf(left.Node);
        if (kind != KindOf(right.Node))
        {
            return op is LegacyComparisonOperator.NotEqual;
        }

        int? order = kind switch
        {
            JsonValueKind.Number => Number(left.Node!).CompareTo(Number(right.Node!)),
            JsonValueKind.String => string.CompareOrdinal(left.Node!.GetValue<string>(), right.Node!.GetValue<string>()),
            _ => null,
        };
        var equal = order is { } o ? o == 0 : JsonNode.DeepEquals(left.Node, right.Node);
        return op switch
        {
            LegacyComparisonOperator.Equal => equal,
            LegacyComparisonOperator.NotEqual => !equal,
            LegacyComparisonOperator.Less => order < 0,
            LegacyComparisonOperator.LessOrEqual => order <= 0,
            LegacyComparisonOperator.Greater => order > 0,
            LegacyComparisonOperator.GreaterOrEqual => order >= 0,
        };
    }

    private static JsonValueKind KindOf(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        _ => node.GetValueKind() is JsonValueKind.False ? JsonValueKind.True : node.GetValueKind(),
    };

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
