namespace CloudFlow.Language.Expressions;

internal static class ExpressionParser
{
    public static Expression Parse(string text) => throw new ExpressionSyntaxException($"Expressions are not implemented yet: {text}", 0);
}
