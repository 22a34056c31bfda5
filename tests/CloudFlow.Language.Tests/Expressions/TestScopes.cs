using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Tests.Expressions;

/// <summary>Scopes with every variable set, and JSON comparison by canonical text.</summary>
internal static class TestScopes
{
    public const string Input = """
        {"a": 2, "b": "y", "s": "hello", "n": null, "f": 1.5, "t": true, "list": [1, 2, 3],
         "obj": {"k": "v", "x-y": 1}, "nested": {"deep": {"v": 42}}, "big": 9223372036854775807}
        """;

    public static ExpressionScope With(string input = Input, int seed = 7) => new()
    {
        Input = JsonNode.Parse(input),
        Output = JsonNode.Parse("""{"r": "out"}"""),
        Context = JsonNode.Parse("""{"Execution": {"Name": "exec-1", "Input": {"x": 1}}, "Current": {"Name": "S", "Input": {"Size": 2048}}}"""),
        Global = JsonNode.Parse("""{"g": 5}"""),
        Item = JsonNode.Parse("""{"i": 7}"""),
        Random = new Random(seed),
    };

    public static void AssertJson(string expected, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expected)?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
}
