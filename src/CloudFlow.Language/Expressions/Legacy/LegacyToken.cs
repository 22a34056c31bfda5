namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A token of a condition: an operand (path or literal, already built), an operator or parenthesis, or the end.</summary>
internal readonly record struct LegacyToken(LegacyTokenKind Kind, string Text, int Position, LegacyConditionNode? Operand = null)
{
    public bool Is(string symbol) => Kind is LegacyTokenKind.Symbol && Text == symbol;

    public string Describe() => Kind is LegacyTokenKind.End ? "the end of the condition" : $"'{Text}'";
}
