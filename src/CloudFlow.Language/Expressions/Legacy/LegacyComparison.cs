using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// fdl-legacy.md 4 and decisions.md: numbers compare by value, strings by code point (the current dialect's value
/// rules), but a missing operand makes every comparison false, <c>!=</c> included, and values of different types
/// are unequal and unordered instead of an error.
/// </summary>
internal static class LegacyComparison
{
    public static bool Compare(LegacyComparisonOperator op, LegacySelection left, LegacySelection right)
    {
        if (!left.Exists || !right.Exists)
        {
            return false;
        }

        var (a, b) = (left.Node, right.Node);
        int? order = null;
        if (Number.TryRead(a, out var x) && Number.TryRead(b, out var y))
        {
            order = x.CompareTo(y);
        }
        else if (JsonTypes.TryGetString(a, out var s) && JsonTypes.TryGetString(b, out var t))
        {
            order = CodePointComparer.Instance.Compare(s, t);
        }

        var equal = order is { } o ? o == 0 : JsonEquality.Equal(a, b);
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
}
