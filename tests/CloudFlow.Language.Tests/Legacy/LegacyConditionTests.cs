using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Tests.Legacy;

// fdl-legacy.md 4 and decisions.md (Legacy dialect): condition semantics over the choice step's input.
public sealed class LegacyConditionTests
{
    private const string Input = """{"status": "ready", "age": 18, "score": 90.5, "ok": true, "none": null, "list": [1, "two"], "obj": {"a": {"b": 3}}}""";

    public static TheoryData<string, bool> Conditions() => new()
    {
        { "$.status == \"ready\"", true },
        { "$.status == 'ready'", true },
        { "$.status != \"ready\"", false },
        { "$.age >= 18", true },
        { "$.age > 18", false },
        { "$.age == 18.0", true },
        { "$.score < 91 && $.score > 90", true },
        { "$.score <= -1 || $.age < 20", true },
        { "$.status > \"rea\"", true },
        { "$.status < \"readz\"", true },
        { "$.obj.a.b == 3", true },
        { "$.list[1] == \"two\"", true },
        { "$.list[0] == 1 && $.list[5] == 1", false },
        { "$['status'] == \"ready\"", true },
        { "$.missing == \"x\"", false },
        { "$.missing != \"x\"", false },
        { "$.missing == null", false },
        { "$.none == null", true },
        { "$.none != null", false },
        { "$.age == \"18\"", false },
        { "$.age != \"18\"", true },
        { "$.age > \"1\"", false },
        { "$.ok", true },
        { "$.ok == true", true },
        { "!$.ok", false },
        { "!$.missing", false },
        { "!$.ok == false", true },
        { "!($.age == 1)", true },
        { "$.status", false },
        { "$.age == 1 || $.age == 18 && $.status == \"x\"", false },
        { "($.age == 1 || $.age == 18) && $.status == \"ready\"", true },
        { "$.obj == $.obj", true },
        { "$.ok > false", false },
        { "true", true },
        { "$.list[*] == $.list", true },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Condition_gives(string condition, bool expected) =>
        Assert.Equal(expected, LegacyCondition.Parse(condition).IsTrue(JsonNode.Parse(Input)));
}
