using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Analysis;

/// <summary>
/// The Express limits a definition shows on its face (fdl.md 10, 11.4): a constant wait over 20 s, a callback task
/// mode. Waits known only at run time are checked when they start.
/// </summary>
public static class ExpressModeValidator
{
    /// <summary>Throws <see cref="FlowDefinitionException"/> listing every state an Express flow cannot have.</summary>
    public static void Validate(FlowDefinition definition)
    {
        var problems = new ProblemList();
        var keys = definition.Dialect is FlowDialect.LegacyFlow ? Keys.Legacy : Keys.StateMachine;
        ValidateScope(definition.Root, keys.States, keys, problems);
        problems.ThrowIfAny();
    }

    private static void ValidateScope(StateScope scope, string path, Keys keys, ProblemList problems)
    {
        for (var i = 0; i < scope.States.Count; i++)
        {
            var state = scope.States[i];
            var statePath = $"{path}[{i}]";
            switch (state)
            {
                case WaitState { Seconds: > ExpressMode.MaxWaitSeconds } wait:
                    problems.Add($"{statePath}.{keys.Seconds}", state.Line,
                        $"State '{state.Name}' waits {wait.Seconds} seconds; an Express flow waits at most {ExpressMode.MaxWaitSeconds} (fdl.md 10).");
                    break;
                case TaskState { Mode: not TaskMode.RequestComplete } task:
                    problems.Add($"{statePath}.{keys.TaskMode}", state.Line,
                        $"State '{state.Name}' uses task mode {task.Mode}; an Express flow supports only RequestComplete (fdl.md 11.4).");
                    break;
                case ParallelState parallel:
                    for (var b = 0; b < parallel.Branches.Count; b++)
                    {
                        ValidateScope(parallel.Branches[b], $"{statePath}.{keys.Branches}[{b}].{keys.States}", keys, problems);
                    }

                    break;
                case MapState map:
                    ValidateScope(map.Processor, $"{statePath}.{keys.Processor}", keys, problems);
                    break;
            }

            if (state.Legacy?.Choice is { } choice)
            {
                for (var c = 0; c < choice.Branches.Count; c++)
                {
                    ValidateBranch(choice.Branches[c].Steps, $"{statePath}.choices[{c}]", keys, problems);
                }

                ValidateBranch(choice.Default?.Steps, $"{statePath}.default", keys, problems);
            }
        }
    }

    private static void ValidateBranch(StateScope? steps, string path, Keys keys, ProblemList problems)
    {
        if (steps is not null)
        {
            ValidateScope(steps, $"{path}.{keys.States}", keys, problems);
        }
    }

    /// <summary>Where each dialect writes what a problem points at.</summary>
    private sealed record Keys(string States, string Seconds, string TaskMode, string Branches, string Processor)
    {
        public static Keys StateMachine { get; } = new("States", "Seconds", "TaskMode", "Branches", "Processor.States");

        public static Keys Legacy { get; } = new("steps", "duration", "pattern", "branches", "steps");
    }
}
