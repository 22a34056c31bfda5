using CloudFlow.Language.Analysis;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Analysis;

/// <summary>The Express limits a definition shows statically (fdl.md 10, 11.4), found in every nested scope of both dialects.</summary>
public sealed class ExpressModeValidatorTests
{
    private const string Header = "Type: StateMachine\nSpecVersion: v1\nName: f\n";
    private const string LegacyHeader = "version: v1\ntype: flow\n";

    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { Header + "StartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 21\n    End: true\n", "States[0].Seconds", 6, "waits 21 seconds" },
        {
            Header + "StartAt: M\nStates:\n  - Type: Map\n    Name: M\n    ItemsPath: $Input.items\n    Processor:\n      StartAt: T\n      States:\n"
                + "        - Type: Task\n          Name: T\n          Action: Demo:Call\n          TaskMode: WaitForSystemCallback\n          End: true\n    End: true\n",
            "States[0].Processor.States[0].TaskMode", 12, "WaitForSystemCallback"
        },
        {
            LegacyHeader + "steps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a == 1\n        steps:\n"
                + "          - {type: task, name: t, resourceArn: 'acs:mns:::/queues/q/messages', pattern: waitForCallback}\n    default:\n      steps:\n        - {type: wait, name: w, duration: 30}\n",
            "steps[0].choices[0].steps[0].pattern", 9, "WaitForCustomCallback"
        },
        { LegacyHeader + "steps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a == 1\n    default:\n      steps:\n        - {type: wait, name: w, duration: 30}\n", "steps[0].default.steps[0].duration", 10, "waits 30 seconds" },
        { LegacyHeader + "steps:\n  - type: foreach\n    name: each\n    iterationMapping: {collection: $.xs, item: x}\n    steps:\n      - {type: wait, name: w, duration: 60}\n", "steps[0].steps[0].duration", 8, "waits 60 seconds" },
        { LegacyHeader + "steps:\n  - type: parallel\n    name: p\n    branches:\n      - steps: [{type: wait, name: w, duration: 25}]\n", "steps[0].branches[0].steps[0].duration", 7, "waits 25 seconds" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BeyondExpressLimits_NamesPathLineAndReason(string definition, string path, int line, string message)
    {
        var error = Assert.Throws<FlowDefinitionException>(() => ExpressModeValidator.Validate(FlowDefinitionParser.Parse(definition)));

        Assert.Contains(error.Problems, p => p.Path == path && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WithinExpressLimits_Accepts()
    {
        var definition = FlowDefinitionParser.Parse(Header + "StartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 20\n    Next: T\n"
            + "  - Type: Task\n    Name: T\n    Action: Demo:Call\n    TaskMode: RequestComplete\n    End: true\n");

        ExpressModeValidator.Validate(definition);
    }
}
