using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Legacy;

// fdl-legacy.md 6 and decisions.md (Legacy dialect): what CreateFlow rejects, each problem on its line.
public sealed class LegacyRejectionTests
{
    public static TheoryData<string, int, string> Invalid() => new()
    {
        { "version: v2\ntype: flow\nsteps:\n  - type: pass\n    name: p", 1, "version must be 'v1'" },
        { "type: flow\nsteps:\n  - type: pass\n    name: p", 1, "'version' is required" },
        { "version: v1\ntype: flow", 1, "'steps' is required" },
        { "version: v1\ntype: flow\nsteps: []", 3, "at least one step" },
        { "version: v1\ntype: flow\nsteps:\n  - type: pass", 4, "'name' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - name: p", 4, "'type' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - type: sleep\n    name: s", 4, "Unknown step type 'sleep'" },
        { "version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: ''", 5, "1 to 128 characters" },
        { "version: v1\ntype: flow\ntimeoutSeconds: -1\nsteps:\n  - type: pass\n    name: p", 3, "timeoutSeconds must not be negative" },
        { "version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n  - type: pass\n    name: p", 7, "used more than once" },
        { "version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t", 4, "'resourceArn' is required" },
        { Task("    pattern: async"), 7, "pattern must be requestResponse, sync or waitForCallback" },
        { Task("    timeoutSeconds: -5"), 7, "timeoutSeconds must not be negative" },
        { Task("    retry:\n      - maxAttempts: 2"), 8, "'errors' is required" },
        { Task("    retry:\n      - errors: [A]\n        intervalSeconds: 90000"), 9, "intervalSeconds must be between 0 and 86400" },
        { Task("    retry:\n      - errors: [A]\n        multiplier: 0.5"), 9, "multiplier must be at least 1" },
        { Task("    catch:\n      - goto: t"), 8, "'errors' is required" },
        { Task("    catch:\n      - errors: [A]"), 8, "'goto' is required" },
        { Task("    catch:\n      - errors: [A]\n        goto: nowhere"), 9, "goto 'nowhere' names no step of the same list" },
        { Task("    errorMappings:\n      - source: $local.error"), 8, "'target' is required" },
        { Task("    errorMappings:\n      - target: e"), 8, "'source' is required" },
        { Pass("    inputMappings:\n      - target: a\n        source: $input."), 8, "expected a key after '.' at position 7" },
        { Pass("    outputMappings:\n      - target: a\n        source: $local[x]"), 8, "expected an index" },
        { Pass("    outputMappings:\n      - target: a\n        source: $context.a b"), 8, "unexpected ' '" },
        { Pass("    outputMappings: {target: a}"), 6, "'outputMappings' must be a list" },
        { "version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c", 4, "'choices' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices: []", 6, "at least one choice" },
        { Choice("      - goto: c"), 7, "'condition' is required" },
        { Choice("      - condition: $.a = 1\n        goto: c"), 7, "compare with '=='" },
        { Choice("      - condition: $.a == \"x\n        goto: c"), 7, "unterminated string" },
        { Choice("      - condition: $input.a == 1\n        goto: c"), 7, "'$.' paths" },
        { Choice("      - condition: $.a == 1 == 2\n        goto: c"), 7, "cannot be chained" },
        { Choice("      - condition: ($.a == 1\n        goto: c"), 7, "expected ')'" },
        { Choice("      - condition: $.a == ready\n        goto: c"), 7, "strings need quotes" },
        { Choice("      - condition: $.a == 1\n        goto: nowhere"), 8, "goto 'nowhere' names no step" },
        { Choice("      - condition: $.a == 1\n        steps: []"), 8, "at least one step" },
        { Choice("      - condition: $.a == 1\n        steps:\n          - type: pass\n            name: inner\n            end: yes"), 11, "'end' must be true or false" },
        { Choice("      - condition: $.a == 1\n        steps:\n          - type: choice\n            name: inner\n            choices:\n              - condition: $.b\n                goto: c"), 13, "goto 'c' names no step" },
        { Choice("      - condition: $.a == 1\n    default:\n      goto: gone"), 9, "goto 'gone' names no step" },
        { "version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p", 4, "'branches' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p\n    branches: []", 6, "1 to 100 branches" },
        { "version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p\n    branches:\n      - {}", 7, "'steps' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - type: foreach\n    name: f\n    steps:\n      - {type: pass, name: x}", 4, "'iterationMapping' is required" },
        { Foreach("      item: it"), 7, "'collection' is required" },
        { Foreach("      collection: $.items"), 7, "'item' is required" },
        { Foreach("      collection: items\n      item: it"), 7, "must start with '$.'" },
        { Foreach("      collection: $.items[*\n      item: it"), 7, "expected ']'" },
        { "version: v1\ntype: flow\nsteps:\n  - type: foreach\n    name: f\n    iterationMapping: {collection: $.a, item: it}", 4, "'steps' is required" },
        { "version: v1\ntype: flow\nsteps:\n  - type: wait\n    name: w", 4, "either 'duration' or 'timestamp'" },
        { Wait("    duration: 5\n    timestamp: 2019-05-02T15:04:05Z"), 6, "either 'duration' or 'timestamp'" },
        { Wait("    duration: -1"), 6, "from 0 to 172800" },
        { Wait("    duration: 172801"), 6, "from 0 to 172800" },
        { Wait("    duration: 1.5"), 6, "whole number of seconds" },
        { Wait("    duration: soon"), 6, "whole number of seconds" },
        { Wait("    duration: $.a..b"), 6, "expected a key after '.'" },
        { Wait("    timestamp: 2019-05-02 15:04"), 6, "RFC 3339" },
        { Wait("    timestamp: 2019-05-02T15:04:05"), 6, "RFC 3339" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Definition_is_rejected_with_the_problem_on_its_line(string yaml, int line, string message)
    {
        var problems = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(yaml)).Problems;

        Assert.True(problems.Any(problem => problem.Line == line && problem.Message.Contains(message, StringComparison.Ordinal)), string.Join(" | ", problems));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var yaml = """
            version: v3
            type: flow
            steps:
              - type: task
                name: call
              - type: wait
                name: w
              - type: choice
                name: c
                choices:
                  - condition: $.a ==
                    goto: elsewhere
            """;

        var problems = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(yaml)).Problems;

        Assert.Equal([1, 4, 6, 11, 12], problems.Select(problem => problem.Line).Order());
    }

    private static string Task(string fields) => $"version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n{fields}";

    private static string Pass(string fields) => $"version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n{fields}";

    private static string Choice(string choices) => $"version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n{choices}";

    private static string Foreach(string mapping) =>
        $"version: v1\ntype: flow\nsteps:\n  - type: foreach\n    name: f\n    iterationMapping:\n{mapping}\n    steps:\n      - type: pass\n        name: x";

    private static string Wait(string fields) => $"version: v1\ntype: flow\nsteps:\n  - type: wait\n    name: w\n{fields}";
}
