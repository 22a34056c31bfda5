namespace CloudFlow.Server.Tests.Legacy;

/// <summary>Cases in the conformance format (conformance/README.md), by name; each says which rule it checks.</summary>
internal static class LegacyCases
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["end-in-choice-branch-ends-the-enclosing-list"] = """
            description: "decisions.md: an end inside a choice branch skips the branch's goto and ends the list holding the choice"
            flow: |
              version: v1
              type: flow
              steps:
                - type: choice
                  name: route
                  choices:
                    - condition: $.go == true
                      steps:
                        - type: pass
                          name: inner
                          end: true
                          outputMappings:
                            - target: inner
                              source: true
                        - type: pass
                          name: skippedInBranch
                          outputMappings:
                            - target: skippedInBranch
                              source: true
                      goto: target
                - type: pass
                  name: next
                  outputMappings:
                    - target: next
                      source: true
                - type: pass
                  name: target
                  outputMappings:
                    - target: target
                      source: true
            input: {"go": true}
            expect:
              status: Succeeded
              output: {"inner": true}
            """,
        ["succeed-in-choice-branch-ends-the-enclosing-list"] = """
            description: "decisions.md: a succeed inside a choice branch ends the list holding the choice; its goto is skipped"
            flow: |
              version: v1
              type: flow
              steps:
                - type: choice
                  name: route
                  choices:
                    - condition: $.go == true
                      steps:
                        - type: pass
                          name: a
                          outputMappings:
                            - target: a
                              source: true
                        - type: succeed
                          name: done
                      goto: target
                - type: pass
                  name: target
                  outputMappings:
                    - target: target
                      source: true
            input: {"go": true}
            expect:
              status: Succeeded
              output: {"a": true}
            """,
        ["choice-goto-beats-end"] = """
            description: "decisions.md: a chosen branch's goto is taken even when the choice step has end: true"
            flow: |
              version: v1
              type: flow
              steps:
                - type: choice
                  name: route
                  end: true
                  choices:
                    - condition: $.x == 1
                      goto: later
                - type: pass
                  name: skipped
                  outputMappings:
                    - target: skipped
                      source: true
                - type: pass
                  name: later
                  outputMappings:
                    - target: later
                      source: true
            input: {"x": 1}
            expect:
              status: Succeeded
              output: {"later": true}
            """,
        ["choice-end-without-goto-ends-the-flow"] = """
            description: "fdl-legacy.md 1.3, 3.3: no condition true and no default; the choice ends, and its end: true ends the flow"
            flow: |
              version: v1
              type: flow
              steps:
                - type: choice
                  name: route
                  end: true
                  choices:
                    - condition: $.x == 1
                      goto: later
                - type: pass
                  name: later
                  outputMappings:
                    - target: later
                      source: true
            input: {"x": 2}
            expect:
              status: Succeeded
              output: {}
            """,
        ["choice-without-default-continues"] = """
            description: "fdl-legacy.md 3.3 (Decision): no condition true and no default; the choice outputs {} and the next step runs"
            flow: |
              version: v1
              type: flow
              steps:
                - type: choice
                  name: route
                  choices:
                    - condition: $.missing != "x"
                      steps:
                        - type: pass
                          name: never
                          outputMappings:
                            - target: never
                              source: true
                - type: pass
                  name: next
                  outputMappings:
                    - target: next
                      source: true
            expect:
              status: Succeeded
              output: {"next": true}
            """,
        ["catch-goto-beats-end"] = """
            description: "decisions.md: a catch's goto is taken even when the task has end: true"
            flow: |
              version: v1
              type: flow
              steps:
                - type: task
                  name: call
                  end: true
                  resourceArn: acs:fc:::services/s/functions/f
                  catch:
                    - errors: [FnF.ALL]
                      goto: later
                - type: pass
                  name: later
                  outputMappings:
                    - target: later
                      source: true
            mocks:
              call:
                - error: E
            expect:
              status: Succeeded
              output: {"later": true}
            """,
        ["end-in-choice-inside-parallel-ends-only-that-branch"] = """
            description: "decisions.md: the end ends the nearest list that is not a choice branch: here a parallel branch"
            flow: |
              version: v1
              type: flow
              steps:
                - type: parallel
                  name: fan
                  branches:
                    - steps:
                        - type: choice
                          name: pick
                          choices:
                            - condition: $.x == 1
                              steps:
                                - type: pass
                                  name: stop
                                  end: true
                                  outputMappings:
                                    - target: stopped
                                      source: true
                        - type: pass
                          name: afterChoice
                          outputMappings:
                            - target: afterChoice
                              source: true
                    - steps:
                        - type: succeed
                          name: early
                        - type: pass
                          name: never
                          outputMappings:
                            - target: never
                              source: true
                  outputMappings:
                    - target: branches
                      source: $local
                - type: pass
                  name: tail
                  outputMappings:
                    - target: tail
                      source: true
            input: {"x": 1}
            expect:
              status: Succeeded
              output: {"branches": [{"stopped": true}, {}], "tail": true}
            """,
        ["foreach-item-index-and-parent-input"] = """
            description: "fdl-legacy.md 3.5 (Decision): the iteration input is the step input plus item and a 0-based index"
            flow: |
              version: v1
              type: flow
              steps:
                - type: foreach
                  name: each
                  iterationMapping:
                    collection: $.items
                    item: it
                    index: i
                  steps:
                    - type: pass
                      name: echo
                      outputMappings:
                        - target: pos
                          source: $input.i
                        - target: val
                          source: $input.it
                        - target: base
                          source: $input.base
                  outputMappings:
                    - target: all
                      source: $local
            input: {"items": ["a", "b"], "base": 7}
            expect:
              status: Succeeded
              output: {"all": [{"pos": 0, "val": "a", "base": 7}, {"pos": 1, "val": "b", "base": 7}]}
            """,
        ["foreach-empty-collection"] = """
            description: "fdl-legacy.md 3.5 (Decision): an empty collection gives an empty $local"
            flow: |
              version: v1
              type: flow
              steps:
                - type: foreach
                  name: each
                  iterationMapping:
                    collection: $.items
                    item: it
                  steps:
                    - type: pass
                      name: echo
                  outputMappings:
                    - target: all
                      source: $local
            input: {"items": []}
            expect:
              status: Succeeded
              output: {"all": []}
            """,
        ["foreach-missing-collection-fails"] = """
            description: "fdl-legacy.md 3.5 (Decision): a collection that is missing or not an array fails with FnF.RuntimeError"
            flow: |
              version: v1
              type: flow
              steps:
                - type: foreach
                  name: each
                  iterationMapping:
                    collection: $.items
                    item: it
                  steps:
                    - type: pass
                      name: echo
            input: {"items": "abc"}
            expect:
              status: Failed
              error: FnF.RuntimeError
            """,
        ["wait-from-input"] = """
            description: "fdl-legacy.md 3.6 (Decision): durations from the input are clamped to 0..172800, a past timestamp does not wait"
            flow: |
              version: v1
              type: flow
              steps:
                - type: wait
                  name: long
                  duration: $.long
                  outputMappings:
                    - target: long
                      source: true
                - type: wait
                  name: negative
                  duration: $.negative
                - type: wait
                  name: past
                  timestamp: $.when
                - type: pass
                  name: done
                  outputMappings:
                    - target: done
                      source: true
            input: {"long": 999999, "negative": -5, "when": "2019-05-02T15:04:05Z"}
            expect:
              status: Succeeded
              output: {"long": true, "done": true}
            """,
        ["wait-duration-not-a-number-fails"] = """
            description: "decisions.md: a duration read from the input that is not a number fails the step with FnF.RuntimeError"
            flow: |
              version: v1
              type: flow
              steps:
                - type: wait
                  name: w
                  duration: $.delay
            input: {"delay": "soon"}
            expect:
              status: Failed
              error: FnF.RuntimeError
            """,
        ["context-and-missing-paths"] = """
            description: "fdl-legacy.md 2.5 (Decisions): $context names, unknown $context paths and missing paths give null, other $ strings are constants"
            flow: |
              version: v1
              type: flow
              steps:
                - type: pass
                  name: ctx
                  outputMappings:
                    - target: step
                      source: $context.step.name
                    - target: execution
                      source: $context.execution.name
                    - target: other
                      source: $context.nothing
                    - target: missing
                      source: $input.a.b.c
                    - target: dollar
                      source: $.x
            input: {"a": 1}
            expect:
              status: Succeeded
              output: {"step": "ctx", "execution": "run", "other": null, "missing": null, "dollar": "$.x"}
            """,
        ["error-mappings-read-code-and-task-input"] = """
            description: "fdl-legacy.md 5.3 (Decision): $local.code is the error name too; $input is the task's input"
            flow: |
              version: v1
              type: flow
              steps:
                - type: task
                  name: call
                  resourceArn: acs:fc:::services/s/functions/f
                  errorMappings:
                    - target: code
                      source: $local.code
                    - target: err
                      source: $local.error
                    - target: k
                      source: $input.k
                  catch:
                    - errors: [FnF.ALL]
                      goto: final
                - type: pass
                  name: final
            input: {"k": 1}
            mocks:
              call:
                - error: E1
                  cause: c
            expect:
              status: Succeeded
              output: {"code": "E1", "err": "E1", "k": 1}
            """,
        ["task-result-that-is-not-an-object"] = """
            description: "fdl-legacy.md 3.2 (Decision): a non-object result is $local for outputMappings; the default output is {}"
            flow: |
              version: v1
              type: flow
              steps:
                - type: task
                  name: plain
                  resourceArn: acs:fc:::services/s/functions/f
                - type: task
                  name: mapped
                  resourceArn: acs:fc:::services/s/functions/f
                  outputMappings:
                    - target: value
                      source: $local
            mocks:
              plain:
                - output: 42
              mapped:
                - output: "text"
            expect:
              status: Succeeded
              output: {"value": "text"}
            """,
        ["empty-input-mappings-give-an-empty-input"] = """
            description: "fdl-legacy.md 2.3: with inputMappings the input holds exactly the mapped keys, none here"
            flow: |
              version: v1
              type: flow
              steps:
                - type: pass
                  name: p
                  inputMappings: []
                  outputMappings:
                    - target: seen
                      source: $input
            input: {"a": 1}
            expect:
              status: Succeeded
              output: {"seen": {}}
            """,
        ["fail-without-error-or-cause"] = """
            description: "fdl-legacy.md 3.8 (Decision): a missing error or cause is an empty string"
            flow: |
              version: v1
              type: flow
              steps:
                - type: fail
                  name: f
            expect:
              status: Failed
              error: ""
              cause: ""
            """,
        ["parallel-branch-failure-fails-the-flow"] = """
            description: "fdl-legacy.md 3.4: a failing branch fails the parallel step and, uncaught, the execution"
            flow: |
              version: v1
              type: flow
              steps:
                - type: parallel
                  name: fan
                  branches:
                    - steps:
                        - type: pass
                          name: fine
                    - steps:
                        - type: fail
                          name: broke
                          error: BranchBroke
                          cause: branch 1
            expect:
              status: Failed
              error: BranchBroke
              cause: branch 1
            """,
        ["retry-exhausted-then-catch"] = """
            description: "fdl-legacy.md 5.1, 5.2: after maxAttempts retries the error goes to catch"
            flow: |
              version: v1
              type: flow
              steps:
                - type: task
                  name: call
                  resourceArn: acs:fc:::services/s/functions/f
                  retry:
                    - errors: [FnF.ALL]
                      maxAttempts: 1
                  catch:
                    - errors: [FnF.ALL]
                      goto: recovered
                - type: pass
                  name: skipped
                  outputMappings:
                    - target: skipped
                      source: true
                - type: pass
                  name: recovered
                  outputMappings:
                    - target: recovered
                      source: true
            mocks:
              call:
                - error: E
                - error: E
                - output: {"late": true}
            expect:
              status: Succeeded
              output: {"recovered": true}
            """,
        ["step-data-over-32-kib-fails"] = $$"""
            description: "fdl-legacy.md 7 (Decision): a step whose input, output and local exceed 32 KiB fails with FnF.RuntimeError"
            flow: |
              version: v1
              type: flow
              steps:
                - type: pass
                  name: big
                  outputMappings:
                    - target: blob
                      source: {{new string('x', 33_000)}}
            expect:
              status: Failed
              error: FnF.RuntimeError
            """,
    };
}
