using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Expressions.Legacy;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Legacy;

// fdl-legacy.md 1-3: what the legacy parser accepts and the model it builds.
public sealed class LegacyParsingTests
{
    public static TheoryData<string, string> Valid() => new()
    {
        { "v1beta1 means v1", "version: v1beta1\ntype: flow\nsteps:\n  - {type: pass, name: p}" },
        { "JSON is YAML", """{"version": "v1", "type": "flow", "steps": [{"type": "pass", "name": "p"}]}""" },
        { "top-level name and unknown keys are ignored", "version: v1\ntype: flow\nname: my_flow\ndescription: old\nsteps:\n  - {type: pass, name: p, note: x}" },
        { "the same name in different lists", "version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: p\n    branches:\n      - steps: [{type: pass, name: p}]\n      - steps: [{type: pass, name: p}]" },
        { "choice without default", "version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a == 1" },
        { "goto to an earlier sibling and to itself", "version: v1\ntype: flow\nsteps:\n  - {type: pass, name: a}\n  - type: choice\n    name: c\n    choices:\n      - {condition: $.again, goto: a}\n    default: {goto: c}" },
        { "catch goto to the task itself", "version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    catch: [{errors: [FnF.ALL], goto: t}]" },
        { "wait from the input", "version: v1\ntype: flow\nsteps:\n  - {type: wait, name: a, duration: $.delay}\n  - {type: wait, name: b, timestamp: $.when}" },
        { "timestamp with an offset and fraction", "version: v1\ntype: flow\nsteps:\n  - {type: wait, name: w, timestamp: '2019-05-02T15:04:05.250+08:00'}" },
        { "wait of two days", "version: v1\ntype: flow\nsteps:\n  - {type: wait, name: w, duration: 172800}" },
        { "empty mapping lists", "version: v1\ntype: flow\ninputMappings: []\nsteps:\n  - {type: pass, name: p, outputMappings: []}" },
        { "every condition form", "version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: \"!($.a > 1 || $.b <= -2.5e1) && $.c != 'x' && $.d[0].e >= 3 && $.f == true && $.g == null && !$.h\"" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Document_parses(string description, string yaml) =>
        Assert.True(FlowDefinitionParser.Parse(yaml).Dialect is FlowDialect.LegacyFlow, description);

    [Fact]
    public void Steps_carry_their_mappings_and_line()
    {
        var flow = FlowDefinitionParser.Parse("""
            version: v1
            type: flow
            inputMappings:
              - {target: user, source: $input.name}
            steps:
              - type: pass
                name: p
                inputMappings:
                  - target: a
                    source: $local[*].x
                  - {target: b, source: "$.x"}
                outputMappings:
                  - {target: c, source: {nested: [1, true]}}
                  - {target: d.e, source: $context.step.name}
            """);
        var step = flow.Root["p"];

        Assert.Equal(6, step.Line);
        Assert.Null(flow.Legacy!.OutputMappings);
        Assert.Equal("user", Assert.Single(flow.Legacy.InputMappings!.Entries).Target);
        var inputs = step.Legacy!.InputMappings!.Entries;
        Assert.Equal(LegacyRoot.Local, Assert.IsType<LegacyPath>(inputs[0].Source).Root);
        Assert.Equal("\"$.x\"", Assert.IsType<LegacyConstant>(inputs[1].Source).Value!.ToJsonString());
        var outputs = step.Legacy.OutputMappings!.Entries;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"nested": [1, true]}"""), Assert.IsType<LegacyConstant>(outputs[0].Source).Value));
        Assert.Equal("d.e", outputs[1].Target);
    }

    [Fact]
    public void End_true_is_kept_apart_from_being_last()
    {
        var flow = FlowDefinitionParser.Parse("version: v1\ntype: flow\nsteps:\n  - {type: pass, name: a, end: true}\n  - {type: pass, name: b}");

        Assert.True(flow.Root["a"] is { End: true, Next: null, Legacy.EndsList: true });
        Assert.True(flow.Root["b"] is { End: true, Legacy.EndsList: false });
    }

    [Fact]
    public void Task_retry_defaults_come_from_fdl_legacy_5_1()
    {
        var flow = FlowDefinitionParser.Parse("""
            version: v1
            type: flow
            steps:
              - type: task
                name: t
                resourceArn: acs:mns:::/queues/q/messages
                pattern: waitForCallback
                retry:
                  - errors: [FC.Unknown]
                errorMappings:
                  - {target: why, source: $local.cause}
            """);
        var task = Assert.IsType<TaskState>(flow.Root["t"]);

        Assert.Equal(("acs:mns:::/queues/q/messages", TaskMode.WaitForCustomCallback), (task.Action, task.Mode));
        Assert.Equal("acs:mns:::/queues/q/messages", task.Legacy!.ResourceArn);
        Assert.True(task.Retry.Single() is { MaxAttempts: 3, IntervalSeconds: 1, BackoffRate: 2, MaxBackoffSeconds: 86_400 });
        Assert.Equal("why", task.Legacy.ErrorMappings!.Entries.Single().Target);
    }

    [Fact]
    public void Choice_branches_keep_inline_steps_and_gotos()
    {
        var flow = FlowDefinitionParser.Parse("""
            version: v1
            type: flow
            steps:
              - type: choice
                name: c
                choices:
                  - condition: $.status == "ready"
                    steps:
                      - {type: pass, name: p1}
                      - {type: pass, name: p2}
                  - condition: $.status == "failed"
                    goto: final
                default:
                  goto: final
              - {type: pass, name: final}
            """);
        var choice = Assert.IsType<ChoiceState>(flow.Root["c"]).Legacy!.Choice!;

        Assert.Equal("final", flow.Root["c"].Next);
        Assert.Equal(["p1", "p2"], choice.Branches[0].Steps!.States.Select(state => state.Name));
        Assert.Equal("p2", choice.Branches[0].Steps!["p1"].Next);
        Assert.True(choice.Branches[0].Condition!.IsTrue(JsonNode.Parse("""{"status": "ready"}""")));
        Assert.Equal(("final", null), (choice.Branches[1].Goto, choice.Branches[1].Steps));
        Assert.True(choice.Default is { Condition: null, Steps: null, Goto: "final" });
    }

    [Fact]
    public void Foreach_becomes_a_map_with_its_iteration_mapping()
    {
        var flow = FlowDefinitionParser.Parse("""
            version: v1
            type: flow
            steps:
              - type: foreach
                name: each
                iterationMapping:
                  collection: $.names
                  item: name
                  index: i
                steps:
                  - {type: pass, name: echo}
            """);
        var map = Assert.IsType<MapState>(flow.Root["each"]);

        Assert.Equal((MapState.LegacyConcurrencyLimit, "echo"), (map.MaxConcurrency, map.Processor.StartAt));
        Assert.True(map.Legacy!.Iteration is { Collection.Text: "$.names", Item: "name", Index: "i" });
    }

    [Fact]
    public void Wait_constants_use_the_shared_fields_and_paths_the_legacy_data()
    {
        var flow = FlowDefinitionParser.Parse("version: v1\ntype: flow\nsteps:\n  - {type: wait, name: a, duration: 20}\n  - {type: wait, name: b, duration: $.delay}\n  - {type: wait, name: c, timestamp: 2019-05-02T15:04:05Z}");

        Assert.True(flow.Root["a"] is WaitState { Seconds: 20, Legacy.Wait: null });
        Assert.True(flow.Root["b"] is WaitState { Seconds: null, Legacy.Wait.Duration.Text: "$.delay" });
        Assert.Equal(new DateTimeOffset(2019, 5, 2, 15, 4, 5, TimeSpan.Zero), ((WaitState)flow.Root["c"]).UntilDateTime);
    }

    [Fact]
    public void Fail_without_error_or_cause_reports_empty_strings()
    {
        var flow = FlowDefinitionParser.Parse("version: v1\ntype: flow\nsteps:\n  - {type: fail, name: f}");

        Assert.True(flow.Root["f"] is FailState { Code: "", Detail: "", Next: null, End: false });
    }
}
