using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

public sealed record ChoiceBranch(Expression Condition, string Next);
