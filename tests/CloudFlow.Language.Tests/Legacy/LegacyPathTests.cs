using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Tests.Legacy;

// fdl-legacy.md 2.5 and decisions.md (Legacy dialect): what a mapping source gives.
public sealed class LegacyPathTests
{
    private static readonly LegacyScope Scope = new()
    {
        Input = JsonNode.Parse("""{"order": {"customer": "c-42", "items": ["apple", "pear"]}, "a.b": 1}"""),
        Local = JsonNode.Parse("""[{"name": "x", "result": 1}, {"result": 2}, {"name": "z", "result": {"deep": [5, 6]}}]"""),
        Context = JsonNode.Parse("""{"step": {"name": "s"}}"""),
    };

    public static TheoryData<string, string> Sources() => new()
    {
        { "$input", """{"order": {"customer": "c-42", "items": ["apple", "pear"]}, "a.b": 1}""" },
        { "$input.order.customer", "\"c-42\"" },
        { "$input.order.items[0]", "\"apple\"" },
        { "$input.order.items[9]", "null" },
        { "$input[\"a.b\"]", "1" },
        { "$input.order.*", """["c-42", ["apple", "pear"]]""" },
        { "$local[*].name", """["x", null, "z"]""" },
        { "$local[*].result.deep[*]", "[5, 6]" },
        { "$local[1]", """{"result": 2}""" },
        { "$local[*].nothing", "[null, null, null]" },
        { "$input.order[*]", """["c-42", ["apple", "pear"]]""" },
        { "$input.order.customer[*]", "[]" },
        { "$context.step.name", "\"s\"" },
        { "$context.task.token", "null" },
        { "$inputs", "\"$inputs\"" },
        { "$.order", "\"$.order\"" },
        { "$", "\"$\"" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Source_gives(string source, string expected)
    {
        LegacySource parsed = LegacyPath.TryParseSource(source, out var path) ? path! : new LegacyConstant(JsonValue.Create(source));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), parsed.Evaluate(Scope)), parsed.Evaluate(Scope)?.ToJsonString());
    }

    [Fact]
    public void Evaluation_gives_fresh_nodes()
    {
        Assert.True(LegacyPath.TryParseSource("$input.order", out var path));

        var value = path!.Evaluate(Scope)!;
        var holder = new JsonObject { ["copy"] = value };

        Assert.Same(holder, value.Parent);
        Assert.NotSame(Scope.Input!["order"], value);
    }
}
