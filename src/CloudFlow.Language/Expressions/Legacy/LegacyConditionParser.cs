namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// Recursive descent over fdl-legacy.md 4 and its Decisions: <c>||</c> binds loosest, then <c>&amp;&amp;</c>, then one
/// comparison, then prefix <c>!</c>; parentheses group.
/// </summary>
internal sealed class LegacyConditionParser
{
    // Bounds recursion, so a hostile definition cannot overflow the stack.
    private const int MaxNesting = 64;

    private readonly LegacyConditionLexer _lexer;
    private LegacyToken _token;
    private int _nesting;

    private LegacyConditionParser(string text)
    {
        _lexer = new LegacyConditionLexer(text);
        _token = _lexer.Next();
    }

    public static LegacyConditionNode Parse(string text)
    {
        var parser = new LegacyConditionParser(text);
        var node = parser.ParseOr();
        return parser._token.Kind is LegacyTokenKind.End ? node : throw Unexpected(parser._token);
    }

    private LegacyConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            left = new LegacyLogicalNode(isAnd: false, left, ParseAnd());
        }

        return left;
    }

    private LegacyConditionNode ParseAnd()
    {
        var left = ParseComparison();
        while (Accept("&&"))
        {
            left = new LegacyLogicalNode(isAnd: true, left, ParseComparison());
        }

        return left;
    }

    private LegacyConditionNode ParseComparison()
    {
        var left = ParseUnary();
        if (ComparisonOperator(_token) is not { } op)
        {
            return left;
        }

        Advance();
        var right = ParseUnary();
        return ComparisonOperator(_token) is null
            ? new LegacyComparisonNode(op, left, right)
            : throw LegacyPathParser.Error("comparisons cannot be chained: group them with && or ||", _token.Position);
    }

    private LegacyConditionNode ParseUnary()
    {
        if (++_nesting > MaxNesting)
        {
            throw LegacyPathParser.Error($"condition nested more than {MaxNesting} levels deep", _token.Position);
        }

        var token = _token;
        Advance();
        LegacyConditionNode node;
        if (token.Is("!"))
        {
            node = new LegacyNotNode(ParseUnary());
        }
        else if (token.Is("("))
        {
            node = ParseOr();
            if (!Accept(")"))
            {
                throw LegacyPathParser.Error($"expected ')' instead of {_token.Describe()}", _token.Position);
            }
        }
        else
        {
            node = token.Operand ?? throw Unexpected(token);
        }

        _nesting--;
        return node;
    }

    private static LegacyComparisonOperator? ComparisonOperator(LegacyToken token) => token.Kind is not LegacyTokenKind.Symbol ? null : token.Text switch
    {
        "==" => LegacyComparisonOperator.Equal,
        "!=" => LegacyComparisonOperator.NotEqual,
        "<" => LegacyComparisonOperator.Less,
        "<=" => LegacyComparisonOperator.LessOrEqual,
        ">" => LegacyComparisonOperator.Greater,
        ">=" => LegacyComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    private void Advance() => _token = _lexer.Next();

    private bool Accept(string symbol)
    {
        if (!_token.Is(symbol))
        {
            return false;
        }

        Advance();
        return true;
    }

    private static ExpressionSyntaxException Unexpected(LegacyToken token) => LegacyPathParser.Error($"unexpected {token.Describe()}", token.Position);
}
