namespace CloudFlow.Language.Expressions.Legacy;

public enum LegacyComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
