namespace CloudFlow.Language.Expressions;

/// <summary>An expression that does not parse: a definition error at CreateFlow.</summary>
public sealed class ExpressionSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
