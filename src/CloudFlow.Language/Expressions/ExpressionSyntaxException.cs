namespace CloudFlow.Language.Expressions;

/// <summary>An expression that does not parse: a definition error at CreateFlow.</summary>
public sealed class ExpressionSyntaxException(string message, int position) : Exception(message)
{
    /// <summary>Zero-based character offset of the problem in the expression text.</summary>
    public int Position { get; } = position;

    internal static ExpressionSyntaxException At(string problem, int position) => new($"{problem} at position {position}", position);
}
