namespace CloudFlow.Language.Expressions.Legacy;

internal enum LegacyTokenKind
{
    Operand,
    Symbol,
    End,
}
