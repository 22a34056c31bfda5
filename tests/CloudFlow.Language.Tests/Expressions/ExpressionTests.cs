using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Tests.Expressions;

public class ExpressionTests
{
    [Theory]
    [InlineData("$Input.a", "2")]
    [InlineData("$Input.nested.deep.v", "42")]
    [InlineData("$Input.nested.deep", """{"v": 42}""")]
    [InlineData("$Input", TestScopes.Input)]
    [InlineData("$Input.list[0]", "1")]
    [InlineData("$Input.list[$Input.a]", "3")]
    [InlineData("""$Input["obj"]["x-y"]""", "1")]
    [InlineData("$Input.obj['k']", "\"v\"")]
    [InlineData("$Input.obj[`k`]", "\"v\"")]
    [InlineData("$Output.r", "\"out\"")]
    [InlineData("$Context.Execution.Name", "\"exec-1\"")]
    [InlineData("$Context.Current.Input.Size", "2048")]
    [InlineData("$Global.g", "5")]
    [InlineData("$Item.i", "7")]
    [InlineData("$Input.big", "9223372036854775807")]
    public void Evaluate_Path_ReadsTheValue(string expression, string expected) =>
        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(TestScopes.With()));

    // D3 (fdl.md 5.4): missing members, members of null or of scalars and indexes out of range are null.
    [Theory]
    [InlineData("$Input.missing")]
    [InlineData("$Input.missing.deeper")]
    [InlineData("$Input.n.x")]
    [InlineData("$Input.a.b")]
    [InlineData("$Input.obj[0]")]
    [InlineData("$Input.list.x")]
    [InlineData("$Input.list[3]")]
    [InlineData("$Input.list[-1]")]
    public void Evaluate_MissingPath_IsNull(string expression) =>
        Assert.Null(Expression.Parse(expression).Evaluate(TestScopes.With()));

    [Theory]
    [InlineData("\"a\\\"b\\n\\u00e9\\/\"", "\"a\\\"b\\n\u00e9/\"")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("`raw\\n`", "\"raw\\\\n\"")]
    [InlineData("12.5", "12.5")]
    [InlineData("007", "7")]
    [InlineData("1e3", "1000")]
    [InlineData("-3", "-3")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("nil", "null")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("""[1, "a", $Input.a, [true]]""", """[1, "a", 2, [true]]""")]
    [InlineData("""{"k": $Input.b, "n": {"m": [1]}}""", """{"k": "y", "n": {"m": [1]}}""")]
    [InlineData("""{"list": $Input.list, "again": $Input.list}""", """{"list": [1, 2, 3], "again": [1, 2, 3]}""")]
    public void Evaluate_Literal_BuildsTheValue(string expression, string expected) =>
        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(TestScopes.With()));

    // Decision D17 (fdl.md 5.2): integers stay integers, / gives a fraction only when not exact.
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("7 / 2", "3.5")]
    [InlineData("6 / 3", "2")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("7.5 % 2", "1.5")]
    [InlineData("1 - 2 - 3", "-4")]
    [InlineData("2 * 3 + 1", "7")]
    [InlineData("2 * (3 + 1)", "8")]
    [InlineData("-$Input.a", "-2")]
    [InlineData("-(-3)", "3")]
    [InlineData("$Input.f * 2", "3")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("$Input.big + 1", "9.223372036854776E+18")]
    [InlineData("\"a\" + 'b' + `c`", "\"abc\"")]
    public void Evaluate_Arithmetic_ComputesTheValue(string expression, string expected) =>
        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(TestScopes.With()));

    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("1 != 1.0", false)]
    [InlineData("\"1\" == 1", false)]
    [InlineData("true == 1", false)]
    [InlineData("null == null", true)]
    [InlineData("$Input.missing == null", true)]
    [InlineData("$Input.missing == \"x\"", false)]
    [InlineData("$Input.missing != \"x\"", true)]
    [InlineData("[1, [2]] == [1, [2.0]]", true)]
    [InlineData("[1, 2] == [2, 1]", false)]
    [InlineData("""{"a": 1, "b": 2} == {"b": 2, "a": 1}""", true)]
    [InlineData("""{"a": 1} == {"a": 1, "b": 2}""", false)]
    [InlineData("$Input.obj == {\"k\": \"v\", \"x-y\": 1}", true)]
    [InlineData("2 > 1", true)]
    [InlineData("1.5 >= 1.5", true)]
    [InlineData("$Input.a <= 1", false)]
    [InlineData("$Input.a < 2.5", true)]
    [InlineData("\"b\" > \"a\"", true)]
    [InlineData("\"B\" < \"a\"", true)]
    [InlineData("\"ab\" < \"abc\"", true)]
    [InlineData("\"\uffff\" < \"\U0001F600\"", true)]
    [InlineData("true && false", false)]
    [InlineData("true || false", true)]
    [InlineData("$Input.n || true", true)]
    [InlineData("$Input.n && true", false)]
    [InlineData("!$Input.missing", true)]
    [InlineData("!true", false)]
    [InlineData("false && $Input.s", false)]
    [InlineData("true || $Input.s", true)]
    [InlineData("2 in $Input.list", true)]
    [InlineData("4 in $Input.list", false)]
    [InlineData("[2] in [[2.0]]", true)]
    [InlineData("\"k\" in $Input.obj", true)]
    [InlineData("\"z\" in $Input.obj", false)]
    [InlineData("1 in {\"1\": 0}", false)]
    [InlineData("1 + 2 * 3 == 7 && !false", true)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("2 in $Input.list == true", true)]
    [InlineData("false || true && false", false)]
    public void Evaluate_BooleanOperator_GivesTheBoolean(string expression, bool expected)
    {
        var parsed = Expression.Parse(expression);

        Assert.Equal(expected, parsed.Evaluate(TestScopes.With())!.GetValue<bool>());
        Assert.Equal(expected, parsed.EvaluateCondition(TestScopes.With()));
    }

    [Theory]
    [InlineData("$Input.a > 1 ? \"big\" : \"small\"", "\"big\"")]
    [InlineData("$Input.missing ? 1 : 2", "2")]
    [InlineData("false ? 1 : true ? 2 : 3", "2")]
    [InlineData("true ? $Input.list : null", "[1, 2, 3]")]
    [InlineData("stringToJson('{\"a\": {\"b\": 1}}').a.b", "1")]
    [InlineData("split(\"a,b\", \",\")[1]", "\"b\"")]
    [InlineData("(1 + 2) * 2", "6")]
    public void Evaluate_ConditionalAndPostfix_GivesTheValue(string expression, string expected) =>
        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(TestScopes.With()));

    [Theory]
    [InlineData("$Input.s > 1", "operator '>' compares two numbers or two strings, got string and number")]
    [InlineData("$Input.missing < 1", "operator '<' compares two numbers or two strings, got null and number")]
    [InlineData("[1] <= [2]", "operator '<=' compares two numbers or two strings, got array and array")]
    [InlineData("$Input.s && true", "operator '&&' needs a boolean, got string")]
    [InlineData("false || 1", "operator '||' needs a boolean, got number")]
    [InlineData("!1", "operator '!' needs a boolean, got number")]
    [InlineData("$Input.s ? 1 : 2", "operator '?:' needs a boolean, got string")]
    [InlineData("1 in \"abc\"", "operator 'in' needs an array or an object on its right, got string")]
    [InlineData("1 in $Input.missing", "operator 'in' needs an array or an object on its right, got null")]
    [InlineData("1 / 0", "division by zero")]
    [InlineData("1 % 0", "division by zero")]
    [InlineData("1.5 / 0.0", "division by zero")]
    [InlineData("1e308 * 10", "number out of range")]
    [InlineData("\"a\" + 1", "operator '+' needs two numbers or two strings, got string and number")]
    [InlineData("\"a\" - \"b\"", "operator '-' needs two numbers, got string and string")]
    [InlineData("$Input.missing * 2", "operator '*' needs two numbers, got null and number")]
    [InlineData("-\"a\"", "operator '-' needs a number, got string")]
    [InlineData("$Input.list[true]", "an index must be an integer or a string, got boolean")]
    [InlineData("$Input.list[1.5]", "an index must be an integer or a string, got number")]
    [InlineData("$Input.list[$Input.missing]", "an index must be an integer or a string, got null")]
    public void Evaluate_TypeError_Throws(string expression, string message)
    {
        var parsed = Expression.Parse(expression);

        var error = Assert.Throws<ExpressionEvaluationException>(() => parsed.Evaluate(TestScopes.With()));

        Assert.Equal(message, error.Message);
    }

    // fdl.md 6: a condition that is null counts as false; any other non-boolean is an error.
    [Theory]
    [InlineData("$Input.flag", "{}", false)]
    [InlineData("$Input.flag", """{"flag": true}""", true)]
    [InlineData("!($Input.flag)", """{"flag": false}""", true)]
    [InlineData("$Input.a > 1 && $Input.b == \"y\"", """{"a": 2, "b": "y"}""", true)]
    [InlineData("$Input.a > 1 && $Input.b == \"y\"", """{"a": 2, "b": "n"}""", false)]
    [InlineData("$Input.a > 100 || $Input.b == \"y\"", """{"a": 2, "b": "y"}""", true)]
    [InlineData("$Input.color == `blue`", """{"color": "blue"}""", true)]
    [InlineData("$Input.count == 3", """{"count": 3}""", true)]
    [InlineData("$Input.size >= 1024", """{"size": 1024}""", true)]
    [InlineData("$Input.n < 5", """{"n": 5}""", false)]
    [InlineData("$Input.n <= 10", """{"n": -3}""", true)]
    [InlineData("$Input.status != \"done\"", """{"status": "running"}""", true)]
    [InlineData("$Context.Current.Input.Size >= 1024", "{}", true)]
    [InlineData("$Context.Execution.Name != \"\"", "{}", true)]
    [InlineData("\"k\" in $Input", """{"k": 0}""", true)]
    [InlineData("$Input.t ? $Input.t : false", """{"t": true}""", true)]
    public void EvaluateCondition_ChoiceCondition_GivesTheBranch(string condition, string input, bool expected) =>
        Assert.Equal(expected, Expression.Parse(condition).EvaluateCondition(TestScopes.With(input)));

    [Theory]
    [InlineData("$Input.s")]
    [InlineData("$Input.list")]
    [InlineData("1 + 1")]
    [InlineData("true ? 1 : false")]
    public void EvaluateCondition_NotBoolean_Throws(string condition)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Expression.Parse(condition).EvaluateCondition(TestScopes.With()));

        Assert.StartsWith("condition needs a boolean, got ", error.Message);
    }

    [Theory]
    [InlineData("$Input.i + 1", "6")]
    [InlineData("$Input.i == 5.0", "true")]
    [InlineData("$Input.d * 2", "5")]
    [InlineData("$Input.c == \"x\"", "true")]
    [InlineData("$Input.c + $Input.s", "\"xs\"")]
    [InlineData("intAdd($Input.i, $Input.l)", "8")]
    [InlineData("$Input.list[$Input.i - 4]", "\"b\"")]
    public void Evaluate_ValuesBuiltInCode_ReadLikeParsedValues(string expression, string expected)
    {
        var input = new JsonObject { ["i"] = 5, ["l"] = 3L, ["d"] = 2.5m, ["c"] = 'x', ["s"] = "s", ["list"] = new JsonArray("a", "b") };

        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(new ExpressionScope { Input = input }));
    }

    [Theory]
    [InlineData("$Input")]
    [InlineData("$Input.obj")]
    [InlineData("$Input.list[1]")]
    [InlineData("[1, {\"a\": 2}]")]
    [InlineData("[$Input.obj, $Input.obj]")]
    [InlineData("true ? $Input.nested : 1")]
    [InlineData("get($Input.nested, \"deep\")")]
    [InlineData("toArray($Input.obj, $Input.obj)")]
    public void Evaluate_Result_IsDetachedFromScopeAndTree(string expression)
    {
        var scope = TestScopes.With();
        var parsed = Expression.Parse(expression);
        var before = scope.Input!.ToJsonString();

        var first = parsed.Evaluate(scope);
        var second = parsed.Evaluate(scope);
        new JsonArray(first, second).Add(new JsonObject { ["again"] = parsed.Evaluate(scope) });
        Mutate(first);

        Assert.Equal(before, scope.Input.ToJsonString());
        TestScopes.AssertJson(parsed.Evaluate(scope)!.ToJsonString(), second);
    }

    private static void Mutate(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj["mutated"] = true;
                break;
            case JsonArray array:
                array.Add("mutated");
                break;
        }
    }
}
