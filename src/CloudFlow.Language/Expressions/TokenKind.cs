namespace CloudFlow.Language.Expressions;

internal enum TokenKind
{
    End,
    Number,
    String,
    Identifier,
    Variable,
    Symbol,
}
