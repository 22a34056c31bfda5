using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Parsing;

/// <summary>Definitions CreateFlow rejects (fdl.md 1-3, D21; decisions.md, Definitions): the problem's path and line.</summary>
public sealed class StateMachineRejectionTests
{
    private const string Header = "Type: StateMachine\nSpecVersion: v1\nName: f\n";

    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "StartAt: Nope\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n", "StartAt", 0, "StartAt 'Nope' is not a state" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: B\n", "States[0].Next", 6, "goes to 'B'" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: A\n  - Type: Pass\n    Name: A\n    End: true\n", "States[1]", 9, "used more than once" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n", "States[0]", 6, "exactly one of Next and End" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: A\n    End: true\n", "States[0]", 6, "exactly one of Next and End" },
        { "StartAt: A\nStates:\n  - Type: Foo\n    Name: A\n    End: true\n", "States[0].Type", 6, "Unknown state type 'Foo'" },
        { "StartAt: A\nStates:\n  - Type: Parallel\n    Name: A\n    Branches: []\n    End: true\n", "States[0].Branches", 6, "1 to 50 branches" },
        { "StartAt: A\nStates:\n  - Type: Map\n    Name: A\n    Processor:\n      StartAt: P\n      States:\n        - Type: Pass\n          Name: P\n          End: true\n    End: true\n", "States[0].ItemsPath", 6, "'ItemsPath' is required" },
        { "StartAt: A\nStates:\n  - Type: Choice\n    Name: A\n    Branches:\n      - Condition: $Input.a == 1\n        Next: A\n", "States[0].Default", 6, "needs a Default" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    InputConstructor:\n      x.$: $Input.(\n    End: true\n", "States[0].InputConstructor", 9, "x.$" },
        { "StartAt: A\nStates:\n  - Type: Choice\n    Name: A\n    Branches:\n      - Condition: $Input.a ==\n        Next: A\n    Default: A\n", "States[0].Branches[0].Condition", 9, "invalid expression" },
        { "StartAt: A\nStates:\n  - Type: Task\n    Name: A\n    End: true\n", "States[0].Action", 6, "'Action' is required" },
        { "StartAt: A\nStates:\n  - Type: Task\n    Name: A\n    Action: FC:InvokeFunction\n    Parameters:\n      invocationType: Sync\n    End: true\n", "States[0].Parameters", 6, "resourceArn" },
        { "StartAt: A\nStates:\n  - Type: Wait\n    Name: A\n    Seconds: 301\n    End: true\n", "States[0].Seconds", 6, "between 1 and 300" },
        { "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Retry:\n      - Errors: [FnF.ALL]\n        MaxAttempts: 1\n        IntervalSeconds: 1\n    End: true\n", "States[0].Retry", 6, "only on Task, Parallel and Map" },
        { "StartAt: A\nStates:\n  - Type: Succeed\n    Name: A\n    Next: A\n", "States[0].Next", 6, "cannot have Next" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_InvalidDefinition_NamesPathLineAndReason(string body, string path, int line, string message)
    {
        var error = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(Header + body));
        Assert.Contains(error.Problems, p => p.Path == path && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllAtOnce()
    {
        var body = "StartAt: A\nStates:\n  - Type: Task\n    Name: A\n    End: true\n  - Type: Wait\n    Name: B\n    Seconds: 0\n    End: true\n  - Type: Bogus\n    Name: C\n";
        var error = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(Header + body));
        Assert.Equal(["States[0].Action", "States[1].Seconds", "States[2].Type"], error.Problems.Select(p => p.Path));
        Assert.Equal([6, 9, 13], error.Problems.Select(p => p.Line));
    }

    [Theory]
    [InlineData("Type: StateMachine\nSpecVersion: v2\nStartAt: A\nStates: []\n", "SpecVersion must be 'v1'")]
    [InlineData("Kind: Flow\n", "must start with 'Type: StateMachine'")]
    [InlineData("- a\n- b\n", "root is a mapping")]
    [InlineData("Type: StateMachine\n  bad: [indent\n", "not valid YAML")]
    public void Parse_NotADefinition_SaysWhy(string text, string message)
    {
        var error = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AliasBombInAConstructor_IsAProblemNotAnExpansion()
    {
        var anchors = new List<string> { "      a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            anchors.Add($"      a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        var body = "StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n    InputConstructor:\n" + string.Join('\n', anchors) + "\n";
        var error = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(Header + body));
        Assert.Contains("more than 100000 nodes", error.Message, StringComparison.Ordinal);
    }
}
