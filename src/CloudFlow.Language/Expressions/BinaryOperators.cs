using System.Collections.Frozen;
using CloudFlow.Language.Expressions.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions;

/// <summary>
/// The binary operators by precedence level, loosest first: || &lt; &amp;&amp; &lt; == != &lt; relational and in
/// &lt; + - &lt; * / % (fdl.md 5.2). All are left-associative.
/// </summary>
internal static class BinaryOperators
{
    public const int Levels = 6;

    private static readonly FrozenDictionary<string, (int Level, Func<ExpressionNode, ExpressionNode, ExpressionNode> Create)> BySymbol =
        new Dictionary<string, (int, Func<ExpressionNode, ExpressionNode, ExpressionNode>)>
        {
            ["||"] = (0, static (l, r) => new OrNode(l, r)),
            ["&&"] = (1, static (l, r) => new AndNode(l, r)),
            ["=="] = (2, static (l, r) => new EqualityNode(l, r, negated: false)),
            ["!="] = (2, static (l, r) => new EqualityNode(l, r, negated: true)),
            ["<"] = (3, static (l, r) => new ComparisonNode(l, r, "<", static order => order < 0)),
            ["<="] = (3, static (l, r) => new ComparisonNode(l, r, "<=", static order => order <= 0)),
            [">"] = (3, static (l, r) => new ComparisonNode(l, r, ">", static order => order > 0)),
            [">="] = (3, static (l, r) => new ComparisonNode(l, r, ">=", static order => order >= 0)),
            ["in"] = (3, static (l, r) => new InNode(l, r)),
            ["+"] = (4, static (l, r) => new ArithmeticNode(l, r, "+", Number.Add)),
            ["-"] = (4, static (l, r) => new ArithmeticNode(l, r, "-", Number.Subtract)),
            ["*"] = (5, static (l, r) => new ArithmeticNode(l, r, "*", Number.Multiply)),
            ["/"] = (5, static (l, r) => new ArithmeticNode(l, r, "/", Number.Divide)),
            ["%"] = (5, static (l, r) => new ArithmeticNode(l, r, "%", Number.Remainder)),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The operator of <paramref name="token"/> if it is one of <paramref name="level"/>.</summary>
    public static Func<ExpressionNode, ExpressionNode, ExpressionNode>? Match(Token token, int level) =>
        token.Kind is TokenKind.Symbol or TokenKind.Identifier && BySymbol.TryGetValue(token.Text, out var entry) && entry.Level == level
            ? entry.Create
            : null;
}
