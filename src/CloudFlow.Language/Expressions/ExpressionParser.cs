using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Functions;
using CloudFlow.Language.Expressions.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions;

/// <summary>
/// Recursive-descent parser of fdl.md 5.2. Precedence, loosest first: ?: &lt; binary operators (see
/// <see cref="BinaryOperators"/>) &lt; prefix ! - &lt; postfix member, index and call.
/// </summary>
internal sealed class ExpressionParser
{
    // fdl.md 4.2 rule 3: at most 10 nested function calls.
    private const int MaxNestedCalls = 10;

    // Bounds on recursion, so a hostile definition cannot overflow the stack while parsing or evaluating.
    private const int MaxNesting = 64;
    private const int MaxOperations = 1000;

    private readonly ExpressionLexer _lexer;
    private Token _token;
    private int _nesting;
    private int _calls;
    private int _operations;

    private ExpressionParser(string text)
    {
        _lexer = new ExpressionLexer(text);
        _token = _lexer.Next();
    }

    public static Expression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expression = parser.ParseExpression();
        return parser._token.Kind == TokenKind.End ? expression : throw Unexpected(parser._token);
    }

    private ExpressionNode ParseExpression()
    {
        Enter();
        var condition = ParseBinary(0);
        if (Accept("?"))
        {
            var whenTrue = ParseExpression();
            Expect(":");
            condition = Count(new ConditionalNode(condition, whenTrue, ParseExpression()));
        }
        _nesting--;
        return condition;
    }

    private ExpressionNode ParseBinary(int level)
    {
        if (level == BinaryOperators.Levels)
        {
            return ParseUnary();
        }
        var left = ParseBinary(level + 1);
        while (BinaryOperators.Match(_token, level) is { } create)
        {
            Advance();
            left = Count(create(left, ParseBinary(level + 1)));
        }
        return left;
    }

    private ExpressionNode ParseUnary()
    {
        if (Accept("!"))
        {
            return Count(new NotNode(ParseOperand()));
        }
        if (!Accept("-"))
        {
            return ParsePostfix();
        }
        var operand = ParseOperand();
        return operand is LiteralNode { Value: var value } && Number.TryRead(value, out var number)
            ? new LiteralNode(Number.Negate(number).ToJson())
            : Count(new NegateNode(operand));
    }

    private ExpressionNode ParseOperand()
    {
        Enter();
        var operand = ParseUnary();
        _nesting--;
        return operand;
    }

    private ExpressionNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                var name = _token.Kind == TokenKind.Identifier ? _token.Text : throw Unexpected(_token);
                Advance();
                node = Count(new MemberNode(node, name));
            }
            else if (Accept("["))
            {
                var index = ParseExpression();
                Expect("]");
                node = Count(Index(node, index));
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>A constant index is resolved now: a string names a member, an integer an element.</summary>
    private static ExpressionNode Index(ExpressionNode target, ExpressionNode index)
    {
        var constant = (index as LiteralNode)?.Value;
        if (JsonTypes.TryGetString(constant, out var name))
        {
            return new MemberNode(target, name);
        }
        return Number.TryRead(constant, out var number) && number.TryGetInteger(out var element)
            ? new ElementNode(target, element)
            : new IndexNode(target, index);
    }

    private ExpressionNode ParsePrimary()
    {
        var token = _token;
        Advance();
        return token.Kind switch
        {
            TokenKind.Symbol when token.Text == "(" => ParseParenthesized(),
            TokenKind.Symbol when token.Text == "[" => ParseArray(),
            TokenKind.Symbol when token.Text == "{" => ParseObject(),
            TokenKind.Variable => VariableNode.TryGet(token.Text, out var variable)
                ? variable
                : throw ExpressionSyntaxException.At($"unknown variable '{token.Text}'", token.Position),
            TokenKind.Number => new LiteralNode(ParseNumber(token)),
            TokenKind.String => new LiteralNode(JsonValue.Create(token.Text)),
            TokenKind.Identifier => ParseIdentifier(token),
            _ => throw Unexpected(token),
        };
    }

    private ExpressionNode ParseParenthesized()
    {
        var inner = ParseExpression();
        Expect(")");
        return inner;
    }

    private static JsonValue ParseNumber(Token token)
    {
        try
        {
            return Number.Parse(token.Text).ToJson();
        }
        catch (ExpressionEvaluationException)
        {
            throw ExpressionSyntaxException.At("number out of range", token.Position);
        }
    }

    /// <summary>Keywords (null and nil are both the null literal, D17) or a function call.</summary>
    private ExpressionNode ParseIdentifier(Token name) => name.Text switch
    {
        "true" => new LiteralNode(JsonValue.Create(true)),
        "false" => new LiteralNode(JsonValue.Create(false)),
        "null" or "nil" => new LiteralNode(null),
        _ when _token.Is(TokenKind.Symbol, "(") => ParseCall(name),
        _ => throw Unexpected(name),
    };

    private ExpressionNode ParseCall(Token name)
    {
        if (!BuiltInFunctions.TryGet(name.Text, out var function))
        {
            throw ExpressionSyntaxException.At($"unknown function '{name.Text}'", name.Position);
        }
        if (++_calls > MaxNestedCalls)
        {
            throw ExpressionSyntaxException.At($"more than {MaxNestedCalls} nested function calls", name.Position);
        }
        Advance();
        var arguments = ParseList(")");
        _calls--;
        return Count(new CallNode(function, arguments));
    }

    /// <summary>An array literal; made only of constants, it becomes one constant.</summary>
    private ExpressionNode ParseArray()
    {
        var items = ParseList("]");
        if (!Array.TrueForAll(items, static item => item is LiteralNode))
        {
            return Count(new ArrayNode(items));
        }
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(((LiteralNode)item).Value);
        }
        return new LiteralNode(array);
    }

    /// <summary>An object literal with string keys; made only of constants, it becomes one constant.</summary>
    private ExpressionNode ParseObject()
    {
        var entries = new List<KeyValuePair<string, ExpressionNode>>();
        if (!Accept("}"))
        {
            do
            {
                var key = _token;
                if (key.Kind != TokenKind.String)
                {
                    throw ExpressionSyntaxException.At($"expected a string key instead of {key.Describe()}", key.Position);
                }
                if (entries.Exists(entry => entry.Key == key.Text))
                {
                    throw ExpressionSyntaxException.At($"duplicate key \"{key.Text}\"", key.Position);
                }
                Advance();
                Expect(":");
                entries.Add(new(key.Text, ParseExpression()));
            }
            while (Accept(","));
            Expect("}");
        }
        if (!entries.TrueForAll(static entry => entry.Value is LiteralNode))
        {
            return Count(new ObjectNode([.. entries]));
        }
        var obj = new JsonObject();
        foreach (var (key, value) in entries)
        {
            obj.Add(key, ((LiteralNode)value).Value);
        }
        return new LiteralNode(obj);
    }

    private ExpressionNode[] ParseList(string close)
    {
        var items = new List<ExpressionNode>();
        if (Accept(close))
        {
            return [];
        }
        do
        {
            items.Add(ParseExpression());
        }
        while (Accept(","));
        Expect(close);
        return [.. items];
    }

    private void Advance() => _token = _lexer.Next();

    private bool Accept(string symbol)
    {
        if (!_token.Is(TokenKind.Symbol, symbol))
        {
            return false;
        }
        Advance();
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw ExpressionSyntaxException.At($"expected '{symbol}' instead of {_token.Describe()}", _token.Position);
        }
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw ExpressionSyntaxException.At($"expression nested more than {MaxNesting} levels deep", _token.Position);
        }
    }

    private ExpressionNode Count(ExpressionNode node) =>
        ++_operations <= MaxOperations ? node : throw ExpressionSyntaxException.At($"expression has more than {MaxOperations} operations", _token.Position);

    private static ExpressionSyntaxException Unexpected(Token token) => ExpressionSyntaxException.At($"unexpected {token.Describe()}", token.Position);
}
