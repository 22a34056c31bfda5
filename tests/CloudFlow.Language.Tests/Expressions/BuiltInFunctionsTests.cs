using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Tests.Expressions;

public class BuiltInFunctionsTests
{
    // The examples of fdl.md 5.5 and E12, then edge cases.
    [Theory]
    [InlineData("format(\"hello {}\", \"world\")", "\"hello world\"")]
    [InlineData("format('Hello, {}', $Input.s)", "\"Hello, hello\"")]
    [InlineData("format(\"{} and {}\", 1)", "\"1 and {}\"")]
    [InlineData("format(\"{}\", 1.5, 2)", "\"1.5\"")]
    [InlineData("format(\"{}|{}\", [1, \"a\"], {\"k\": null})", """ "[1,\"a\"]|{\"k\":null}" """)]
    [InlineData("format(\"{} {} {}\", null, true, \"\u00e9\")", "\"null true \u00e9\"")]
    [InlineData("format(\"{\")", "\"{\"")]
    [InlineData("length([1, 2, 3])", "3")]
    [InlineData("length({\"name\": \"Tom\", \"age\": 10})", "2")]
    [InlineData("length(\"name\")", "4")]
    [InlineData("length(\"\")", "0")]
    [InlineData("length([])", "0")]
    [InlineData("length({})", "0")]
    [InlineData("length(\"\U0001F600a\")", "2")]
    [InlineData("regexMatchString(\"^a.c$\", \"abc\")", "true")]
    [InlineData("regexMatchString(\"b\", \"abc\")", "true")]
    [InlineData("regexMatchString(\"^b\", \"abc\")", "false")]
    [InlineData("regexMatchString(`a\\d+`, \"xa12\")", "true")]
    [InlineData("split(\"a,b,c\", \",\")", """["a", "b", "c"]""")]
    [InlineData("split(\"a,,b\", \",\")", """["a", "", "b"]""")]
    [InlineData("split(\"a::b\", \"::\")", """["a", "b"]""")]
    [InlineData("split(\"a\", \",\")", """["a"]""")]
    [InlineData("split(\"ab\U0001F600\", \"\")", "[\"a\", \"b\", \"\U0001F600\"]")]
    [InlineData("get([1, 2, 3], 0)", "1")]
    [InlineData("get([1, 2, 3], 3)", "null")]
    [InlineData("get({\"a\": {\"b\": 1}}, \"a\")", """{"b": 1}""")]
    [InlineData("get({\"a\": 1}, \"b\")", "null")]
    [InlineData("get($Input.list, 1)", "2")]
    [InlineData("get(null, 1)", "null")]
    [InlineData("intAdd(1, 2)", "3")]
    [InlineData("intAdd(-5, 2.0)", "-3")]
    [InlineData("randomInt(5, 6)", "5")]
    [InlineData("arrayContains([\"Tom\", 10], 10)", "true")]
    [InlineData("arrayContains([\"Tom\", 10], \"Jack\")", "false")]
    [InlineData("arrayContains([{\"a\": 1}], {\"a\": 1.0})", "true")]
    [InlineData("arrayUnique([1, 2, 3, 1])", "[1, 2, 3]")]
    [InlineData("arrayUnique([1, 1.0, \"1\", [1], [1]])", """[1, "1", [1]]""")]
    [InlineData("arrayUnique([])", "[]")]
    [InlineData("toArray(1, \"a\")", """[1, "a"]""")]
    [InlineData("toArray()", "[]")]
    [InlineData("toArray($Input.obj, null)", """[{"k": "v", "x-y": 1}, null]""")]
    [InlineData("mapKeys({\"b\": 1, \"a\": 2})", """["a", "b"]""")]
    [InlineData("mapValues({\"b\": 1, \"a\": 2})", "[2, 1]")]
    [InlineData("mapKeys({})", "[]")]
    [InlineData("mapValues($Input.nested)", """[{"v": 42}]""")]
    [InlineData("jsonMerge({\"name\": \"Tom\", \"age\": 10}, {\"name\": \"Tom\", \"address\": \"beijing\"})",
        """{"name": "Tom", "age": 10, "address": "beijing"}""")]
    [InlineData("jsonMerge({\"a\": 1, \"b\": 2}, {\"a\": 3})", """{"a": 3, "b": 2}""")]
    [InlineData("stringToJson('{\"name\": \"Tom\", \"age\": 10}')", """{"name": "Tom", "age": 10}""")]
    [InlineData("fromJSON('[1]')", "[1]")]
    [InlineData("stringToJson('\"s\"')", "\"s\"")]
    [InlineData("stringToJson('null')", "null")]
    [InlineData("fromBase64(\"Rm5G\")", "\"FnF\"")]
    [InlineData("toBase64(\"FnF\")", "\"Rm5G\"")]
    [InlineData("toBase64(\"\u00e9\")", "\"w6k=\"")]
    [InlineData("fromBase64(toBase64(\"\u00e9\"))", "\"\u00e9\"")]
    [InlineData("hash(\"abc\", \"MD5\")", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [InlineData("hash(\"abc\", \"SHA-1\")", "\"a9993e364706816aba3e25717850c26c9cd0d89d\"")]
    [InlineData("hash(\"abc\", \"SHA-256\")", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")]
    [InlineData("hash(\"abc\", \"SHA-512\")",
        "\"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\"")]
    [InlineData("hash(\"abc\", \"sha-256\")", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")]
    [InlineData("jsonToString({\"a\": 1})", """ "{\"a\":1}" """)]
    [InlineData("toJSON([1, \"\u00e9\", {\"b\": [true, null]}])", "\"[1,\\\"\u00e9\\\",{\\\"b\\\":[true,null]}]\"")]
    [InlineData("jsonToString(\"s\")", """ "\"s\"" """)]
    [InlineData("jsonToString(null)", "\"null\"")]
    [InlineData("length(arrayUnique([4, 4, 7, 9, 7]))", "3")]
    public void Evaluate_Function_GivesTheDocumentedResult(string expression, string expected) =>
        TestScopes.AssertJson(expected, Expression.Parse(expression).Evaluate(TestScopes.With()));

    [Theory]
    [InlineData("length(5)", "length: argument 1 must be an array, an object or a string, got number")]
    [InlineData("length($Input.missing)", "length: argument 1 must be an array, an object or a string, got null")]
    [InlineData("length()", "length: expects 1 argument, got 0")]
    [InlineData("length(1, 2)", "length: expects 1 argument, got 2")]
    [InlineData("intAdd(1)", "intAdd: expects 2 arguments, got 1")]
    [InlineData("format()", "format: expects at least 1 argument, got 0")]
    [InlineData("uuid(1)", "uuid: expects 0 arguments, got 1")]
    [InlineData("format(1)", "format: argument 1 must be a string, got number")]
    [InlineData("intAdd(1.5, 1)", "intAdd: argument 1 must be an integer, got number")]
    [InlineData("intAdd(1, \"2\")", "intAdd: argument 2 must be an integer, got string")]
    [InlineData("intAdd(9223372036854775807, 1)", "intAdd: the sum does not fit in a 64-bit integer")]
    [InlineData("randomInt(5, 5)", "randomInt: max (5) must be greater than min (5)")]
    [InlineData("arrayContains(\"a\", 1)", "arrayContains: argument 1 must be an array, got string")]
    [InlineData("arrayUnique({})", "arrayUnique: argument 1 must be an array, got object")]
    [InlineData("mapKeys([1])", "mapKeys: argument 1 must be an object, got array")]
    [InlineData("mapValues(null)", "mapValues: argument 1 must be an object, got null")]
    [InlineData("jsonMerge({}, 1)", "jsonMerge: argument 2 must be an object, got number")]
    [InlineData("split(1, \",\")", "split: argument 1 must be a string, got number")]
    [InlineData("get([1], true)", "get: argument 2 must be an integer or a string, got boolean")]
    [InlineData("toBase64(null)", "toBase64: argument 1 must be a string, got null")]
    [InlineData("fromBase64(\"***\")", "fromBase64: the text is not Base64")]
    [InlineData("fromBase64(\"/w==\")", "fromBase64: the decoded bytes are not UTF-8 text")]
    [InlineData("hash(\"a\", \"SHA-3\")", "hash: unknown algorithm \"SHA-3\" (MD5, SHA-1, SHA-256 or SHA-512)")]
    public void Evaluate_FunctionMisused_Throws(string expression, string message)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Expression.Parse(expression).Evaluate(TestScopes.With()));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("stringToJson(\"{\")", "stringToJson: the text is not JSON: ")]
    [InlineData("fromJSON(\"{\")", "fromJSON: the text is not JSON: ")]
    [InlineData("regexMatchString(\"(\", \"a\")", "regexMatchString: invalid pattern: ")]
    [InlineData("regexMatchString(`(a)\\1`, \"aa\")", "regexMatchString: invalid pattern: ")]
    public void Evaluate_FunctionGivenInvalidText_Throws(string expression, string messageStart)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Expression.Parse(expression).Evaluate(TestScopes.With()));

        Assert.StartsWith(messageStart, error.Message);
    }

    [Theory]
    [InlineData("uuid()")]
    [InlineData("randomInt(-1000000, 1000000)")]
    [InlineData("toArray(uuid(), randomInt(0, 100), uuid())")]
    public void Evaluate_RandomFunction_RepeatsForTheSameSeed(string expression)
    {
        var parsed = Expression.Parse(expression);

        var first = parsed.Evaluate(TestScopes.With(seed: 42))!.ToJsonString();

        Assert.Equal(first, parsed.Evaluate(TestScopes.With(seed: 42))!.ToJsonString());
        Assert.NotEqual(first, parsed.Evaluate(TestScopes.With(seed: 43))!.ToJsonString());
    }

    [Fact]
    public void Evaluate_Uuid_IsVersion4Lowercase()
    {
        var uuid = Expression.Parse("uuid()").Evaluate(TestScopes.With())!.GetValue<string>();

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
    }

    [Fact]
    public void Evaluate_RandomInt_StaysInHalfOpenRange()
    {
        var parsed = Expression.Parse("randomInt(1, 4)");
        var scope = TestScopes.With();

        var seen = Enumerable.Range(0, 200).Select(_ => parsed.Evaluate(scope)!.GetValue<long>()).ToHashSet();

        Assert.Equal([1L, 2L, 3L], seen.Order());
    }

    [Fact]
    public void Evaluate_FunctionOfManyArguments_TakesThemAll()
    {
        var arguments = string.Join(", ", Enumerable.Range(1, 20));

        var result = Expression.Parse($"toArray({arguments})").Evaluate(TestScopes.With());

        Assert.Equal(JsonNode.Parse($"[{arguments}]")!.ToJsonString(), result!.ToJsonString());
    }
}
