using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Tests.Expressions;

public class ExpressionParserTests
{
    [Theory]
    [InlineData("", "unexpected end of expression", 0)]
    [InlineData("   ", "unexpected end of expression", 3)]
    [InlineData("$Input.", "unexpected end of expression", 7)]
    [InlineData("$Input.)", "unexpected token ')'", 7)]
    [InlineData("$Input.a $Input.b", "unexpected token '$Input'", 9)]
    [InlineData("1 2", "unexpected token '2'", 2)]
    [InlineData("1 +", "unexpected end of expression", 3)]
    [InlineData("(1", "expected ')' instead of end of expression", 2)]
    [InlineData("$Input[", "unexpected end of expression", 7)]
    [InlineData("$Input.a ? 1", "expected ':' instead of end of expression", 12)]
    [InlineData("[1, 2,]", "unexpected token ']'", 6)]
    [InlineData("[1 2]", "expected ']' instead of token '2'", 3)]
    [InlineData("""{"a": 1, "a": 2}""", "duplicate key \"a\"", 9)]
    [InlineData("{a: 1}", "expected a string key instead of token 'a'", 1)]
    [InlineData("""{"a" 1}""", "expected ':' instead of token '1'", 5)]
    [InlineData("foo(1)", "unknown function 'foo'", 0)]
    [InlineData("Length(\"a\")", "unknown function 'Length'", 0)]
    [InlineData("length", "unexpected token 'length'", 0)]
    [InlineData("foo", "unexpected token 'foo'", 0)]
    [InlineData("$Foo.a", "unknown variable '$Foo'", 0)]
    [InlineData("$input.a", "unknown variable '$input'", 0)]
    [InlineData("$", "unknown variable '$'", 0)]
    [InlineData("\"abc", "unterminated string", 0)]
    [InlineData("'abc\"", "unterminated string", 0)]
    [InlineData("`abc", "unterminated string", 0)]
    [InlineData("\"a\\qb\"", "invalid escape sequence", 2)]
    [InlineData("\"\\u12\"", "invalid escape sequence", 1)]
    [InlineData("1 # 2", "unexpected character '#'", 2)]
    [InlineData("$Input.a = 1", "unexpected character '='", 9)]
    [InlineData("$Input.a & 1", "unexpected character '&'", 9)]
    [InlineData("1e999", "number out of range", 0)]
    [InlineData("$Input.\"a\"", "unexpected string literal", 7)]
    public void Parse_InvalidText_ThrowsWithPosition(string text, string problem, int position)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => Expression.Parse(text));

        Assert.Equal($"{problem} at position {position}", error.Message);
        Assert.Equal(position, error.Position);
    }

    // fdl.md 4.2 rule 3: at most 10 nested function calls.
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Parse_NestedCallsUpToTen_Parses(int depth) =>
        Assert.NotNull(Expression.Parse(Nest("toArray(", depth, ")")));

    [Fact]
    public void Parse_ElevenNestedCalls_Throws()
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => Expression.Parse(Nest("toArray(", 11, ")")));

        Assert.Equal("more than 10 nested function calls at position 80", error.Message);
    }

    [Fact]
    public void Parse_CallsSideBySide_CountOnlyNesting() =>
        Assert.NotNull(Expression.Parse(string.Join(" + ", Enumerable.Repeat(Nest("length(toArray(", 5, "))"), 5))));

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    public void Parse_HostileNesting_ThrowsInsteadOfOverflowingTheStack(string open, string close)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => Expression.Parse(Nest(open, 100_000, close, "1")));

        Assert.StartsWith("expression nested more than 64 levels deep", error.Message);
    }

    [Fact]
    public void Parse_HostileOperatorChain_ThrowsInsteadOfOverflowingTheStack()
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => Expression.Parse("1" + string.Concat(Enumerable.Repeat(" + 1", 100_000))));

        Assert.StartsWith("expression has more than 1000 operations", error.Message);
    }

    private static string Nest(string open, int depth, string close, string middle = "") =>
        string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));
}
