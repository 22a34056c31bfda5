using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Legacy;

// decisions.md (Definitions): a legacy flow and its current-dialect equivalent take the same states in the same order
// wherever the dialects mean the same thing; fdl-legacy.md 8 gives the correspondence.
public sealed class LegacyShapeTests
{
    public static TheoryData<string, string, string> Equivalents() => new()
    {
        {
            "seed flow",
            """
            version: v1
            type: flow
            steps:
              - type: pass
                name: mypass
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: mypass
            States:
              - Type: Pass
                Name: mypass
                End: true
            """
        },
        {
            "implicit sequence and end: true",
            """
            version: v1
            type: flow
            steps:
              - {type: pass, name: one}
              - {type: wait, name: two, duration: 20, end: true}
              - {type: wait, name: three, timestamp: "2019-05-02T15:04:05Z"}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: one
            States:
              - {Type: Pass, Name: one, Next: two}
              - {Type: Wait, Name: two, Seconds: 20, End: true}
              - {Type: Wait, Name: three, UntilDateTime: "2019-05-02T15:04:05Z", End: true}
            """
        },
        {
            "succeed and fail end the list by themselves",
            """
            version: v1
            type: flow
            steps:
              - {type: succeed, name: ok}
              - {type: fail, name: bad, error: StatusIsNotReady, cause: status is not ready}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: ok
            States:
              - {Type: Succeed, Name: ok}
              - {Type: Fail, Name: bad, Code: StatusIsNotReady, Detail: status is not ready}
            """
        },
        {
            "parallel branches",
            """
            version: v1
            type: flow
            steps:
              - type: parallel
                name: fan
                branches:
                  - steps:
                      - {type: pass, name: a}
                  - steps:
                      - {type: wait, name: w, duration: 5}
                      - {type: succeed, name: done}
              - {type: pass, name: after}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: fan
            States:
              - Type: Parallel
                Name: fan
                Next: after
                Branches:
                  - StartAt: a
                    States:
                      - {Type: Pass, Name: a, End: true}
                  - StartAt: w
                    States:
                      - {Type: Wait, Name: w, Seconds: 5, Next: done}
                      - {Type: Succeed, Name: done}
              - {Type: Pass, Name: after, End: true}
            """
        },
        {
            "task with retry and a catch goto",
            """
            version: v1
            type: flow
            steps:
              - type: task
                name: call
                resourceArn: acs:fnf:::flow/child
                pattern: sync
                timeoutSeconds: 30
                retry:
                  - errors: [FC.ResourceThrottled]
                    intervalSeconds: 10
                    maxAttempts: 3
                    multiplier: 2
                catch:
                  - errors: [FnF.ALL]
                    goto: final
              - {type: pass, name: skipped}
              - {type: pass, name: final}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: call
            States:
              - Type: Task
                Name: call
                Action: FNF:StartExecution
                TaskMode: WaitForSystemCallback
                Timeout: 30
                Next: skipped
                Retry:
                  - Errors: [FC.ResourceThrottled]
                    IntervalSeconds: 10
                    MaxAttempts: 3
                    BackoffRate: 2
                    MaxBackoffSeconds: 86400
                Catch:
                  - Errors: [FnF.ALL]
                    Next: final
              - {Type: Pass, Name: skipped, Next: final}
              - {Type: Pass, Name: final, End: true}
            """
        },
        {
            "choice with gotos only",
            """
            version: v1
            type: flow
            steps:
              - type: choice
                name: route
                choices:
                  - condition: $.status == "ready"
                    goto: final
                  - condition: $.status == "failed"
                    goto: broken
                default:
                  goto: final
              - {type: fail, name: broken, error: Failed, cause: bad}
              - {type: pass, name: final}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: route
            States:
              - Type: Choice
                Name: route
                Branches:
                  - Condition: $Input.status == "ready"
                    Next: final
                  - Condition: $Input.status == "failed"
                    Next: broken
                Default: final
              - {Type: Fail, Name: broken, Code: Failed, Detail: bad}
              - {Type: Pass, Name: final, End: true}
            """
        },
        {
            "foreach as a map",
            """
            version: v1
            type: flow
            steps:
              - type: foreach
                name: each
                iterationMapping:
                  collection: $.names
                  item: name
                steps:
                  - {type: pass, name: echo}
              - {type: succeed, name: done}
            """,
            """
            Type: StateMachine
            SpecVersion: v1
            StartAt: each
            States:
              - Type: Map
                Name: each
                ItemsPath: $Input.names
                Next: done
                Processor:
                  StartAt: echo
                  States:
                    - {Type: Pass, Name: echo, End: true}
              - {Type: Succeed, Name: done}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void Legacy_flow_has_the_shape_of_its_current_equivalent(string description, string legacy, string current)
    {
        var legacyShape = LegacyShape.Of(FlowDefinitionParser.Parse(legacy).Root);
        var currentShape = LegacyShape.Of(FlowDefinitionParser.Parse(current).Root);

        Assert.True(currentShape.SequenceEqual(legacyShape), $"{description}:\n{string.Join('\n', legacyShape)}\n---\n{string.Join('\n', currentShape)}");
    }
}
