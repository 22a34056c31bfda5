namespace CloudFlow.Language.Expressions;

/// <summary>An expression that parsed but failed at run time: the state fails with FnF.InvalidExpression.</summary>
public sealed class ExpressionEvaluationException(string message) : Exception(message);
