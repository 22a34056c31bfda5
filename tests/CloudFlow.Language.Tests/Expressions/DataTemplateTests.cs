using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Tests.Expressions;

public class DataTemplateTests
{
    // fdl.md 4.2, E11, E12 and the constructor conformance cases.
    [Theory]
    [InlineData(
        """{"literal": "$Input.x", "value.$": "$Input.x", "nested": {"inner.$": "$Input.y.z", "fixed": 7}, "list.$": "$Input.list", "missing.$": "$Input.nope", "exec.$": "$Context.Execution.Input.x"}""",
        """{"x": 1, "y": {"z": "deep"}, "list": [1, 2]}""",
        """{"literal": "$Input.x", "value": 1, "nested": {"inner": "deep", "fixed": 7}, "list": [1, 2], "missing": null, "exec": 1}""")]
    [InlineData(
        """{"n": 7, "f": 2.5, "s": "text", "b": true, "z": null, "list": [1, "two", false], "obj": {"inner": 1}}""",
        "{}",
        """{"n": 7, "f": 2.5, "s": "text", "b": true, "z": null, "list": [1, "two", false], "obj": {"inner": 1}}""")]
    [InlineData(
        """{"contains.$": "arrayContains([\"Tom\",10],10)", "unique.$": "arrayUnique([1, 2, 3, 1])", "greeting.$": "format(\"hello {}\",\"world\")", "parsed.$": "stringToJson('{\"name\": \"Tom\", \"age\": 10}')", "len.$": "length(\"name\")"}""",
        "{}",
        """{"contains": true, "unique": [1, 2, 3], "greeting": "hello world", "parsed": {"name": "Tom", "age": 10}, "len": 4}""")]
    [InlineData(
        """{"msg.$": "format(\"Hello, {}\", $Input.username)"}""",
        """{"username": "Ann"}""",
        """{"msg": "Hello, Ann"}""")]
    [InlineData(
        """{"o.$": "$Output.r", "g.$": "$Global.g", "c.$": "$Context.Current.Name", "i.$": "$Item"}""",
        "{}",
        """{"o": "out", "g": 5, "c": "S", "i": {"i": 7}}""")]
    [InlineData("{}", """{"x": 1}""", "{}")]
    [InlineData(
        """{"list": [{"a.$": "$Input.x"}, 2, "$Input.x", [{"b.$": "$Input.x"}]]}""",
        """{"x": 1}""",
        """{"list": [{"a": 1}, 2, "$Input.x", [{"b": 1}]]}""")]
    [InlineData(
        """{"input.$": {"key1": "val1", "key2": "$Input.age", "list": ["$Input.age", "x", 1], "inner": {"k": "$Input.name", "k.$": "v"}}}""",
        """{"age": 3, "name": "n"}""",
        """{"input": {"key1": "val1", "key2": 3, "list": [3, "x", 1], "inner": {"k": "n", "k.$": "v"}}}""")]
    [InlineData(
        """{"pair.$": ["$Input.age", "$Input.age + 1"]}""",
        """{"age": 3}""",
        """{"pair": [3, 4]}""")]
    [InlineData(
        """{"a.$": "$Input.obj", "b.$": "$Input.obj", "c.$": "[$Input.obj]"}""",
        """{"obj": {"k": 1}}""",
        """{"a": {"k": 1}, "b": {"k": 1}, "c": [{"k": 1}]}""")]
    public void Evaluate_Constructor_BuildsTheDocumentedObject(string constructor, string input, string expected)
    {
        var template = DataTemplate.Compile(JsonNode.Parse(constructor)!.AsObject());

        TestScopes.AssertJson(expected, template.Evaluate(TestScopes.With(input)));
    }

    [Theory]
    [InlineData("""{"a.$": "$Input.)"}""", "key \"a.$\": unexpected token ')' at position 7", 7)]
    [InlineData("""{"outer": {"inner.$": "foo()"}}""", "key \"outer.inner.$\": unknown function 'foo' at position 0", 0)]
    [InlineData("""{"l": [1, {"x.$": "1 +"}]}""", "key \"l[1].x.$\": unexpected end of expression at position 3", 3)]
    [InlineData("""{"in.$": {"k": "$Bad"}}""", "key \"in.$.k\": unknown variable '$Bad' at position 0", 0)]
    [InlineData("""{"in.$": [1, "$Input."]}""", "key \"in.$[1]\": unexpected end of expression at position 7", 7)]
    [InlineData("""{"a.$": 5}""", "key \"a.$\": the value of a key ending in \".$\" must be an expression, a map or an array", 0)]
    [InlineData("""{"a.$": true}""", "key \"a.$\": the value of a key ending in \".$\" must be an expression, a map or an array", 0)]
    [InlineData("""{"a.$": null}""", "key \"a.$\": the value of a key ending in \".$\" must be an expression, a map or an array", 0)]
    [InlineData("""{"a": 1, "a.$": "$Input.x"}""", "key \"a.$\": the result key \"a\" is given twice", 0)]
    public void Compile_InvalidConstructor_ThrowsNamingTheKey(string constructor, string message, int position)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => DataTemplate.Compile(JsonNode.Parse(constructor)!.AsObject()));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Evaluate_Twice_SharesNoNodeWithTemplateOrScope()
    {
        var template = DataTemplate.Compile(JsonNode.Parse("""{"lit": {"a": [1]}, "v.$": "$Input.obj", "d.$": {"w": "$Input.obj"}}""")!.AsObject());
        var scope = TestScopes.With("""{"obj": {"k": [1]}}""");

        var first = template.Evaluate(scope)!.AsObject();
        first["lit"]!["a"]!.AsArray().Add(2);
        first["v"]!["k"]!.AsArray().Add(2);
        first["d"]!["w"]!["k"]!.AsArray().Add(2);
        var second = template.Evaluate(scope);

        TestScopes.AssertJson("""{"obj": {"k": [1]}}""", scope.Input);
        TestScopes.AssertJson("""{"lit": {"a": [1]}, "v": {"k": [1]}, "d": {"w": {"k": [1]}}}""", second);
        Assert.Null(second!.Parent);
    }

    [Fact]
    public void Evaluate_AfterConstructorChanged_UsesTheCompiledDefinition()
    {
        var constructor = JsonNode.Parse("""{"lit": {"a": 1}, "v.$": "$Input.x"}""")!.AsObject();
        var template = DataTemplate.Compile(constructor);

        constructor["lit"]!["a"] = 2;
        constructor.Remove("v.$");

        TestScopes.AssertJson("""{"lit": {"a": 1}, "v": 1}""", template.Evaluate(TestScopes.With("""{"x": 1}""")));
    }
}
