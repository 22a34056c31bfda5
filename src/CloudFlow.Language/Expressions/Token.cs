namespace CloudFlow.Language.Expressions;

/// <summary>A lexical token; <see cref="Text"/> is the decoded value for strings and the source text otherwise.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of expression",
        TokenKind.String => "string literal",
        _ => $"token '{Text}'",
    };
}
