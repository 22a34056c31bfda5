using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Analysis;

/// <summary>
/// Whole-definition checks (fdl.md 1.3, 1.4, D7, D8; decisions.md, Definitions): transitions stay in their scope
/// and name existing states, names are unique, Next/End are consistent. Unreachable states are accepted.
/// </summary>
internal static class FlowDefinitionValidator
{
    private const int MaxBranches = 50;

    public static void Validate(FlowDefinition definition, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ValidateScope(definition.Root, "", problems, seen);
    }

    private static void ValidateScope(StateScope scope, string path, ProblemList problems, HashSet<string> seen)
    {
        if (scope.StartAt.Length > 0 && !scope.TryGetState(scope.StartAt, out _))
        {
            problems.Add(Join(path, "StartAt"), 0, $"StartAt '{scope.StartAt}' is not a state of this scope.");
        }

        for (var i = 0; i < scope.States.Count; i++)
        {
            var state = scope.States[i];
            var statePath = Join(path, $"States[{i}]");
            if (!seen.Add(state.Name))
            {
                problems.Add(statePath, state.Line, $"The state name '{state.Name}' is used more than once.");
            }

            ValidateTransitions(state, scope, statePath, problems);
            ValidateNested(state, statePath, problems, seen);
        }
    }

    private static void ValidateTransitions(StateDefinition state, StateScope scope, string path, ProblemList problems)
    {
        void Target(string? target, string field)
        {
            if (target is not null && !scope.TryGetState(target, out _))
            {
                problems.Add($"{path}.{field}", state.Line, $"State '{state.Name}' goes to '{target}', which is not a state of its scope.");
            }
        }

        switch (state.Kind)
        {
            case StateKind.Pass or StateKind.Task or StateKind.Wait or StateKind.Parallel or StateKind.Map:
                if (state.Next is null == !state.End)
                {
                    problems.Add(path, state.Line, $"State '{state.Name}' must have exactly one of Next and End: true.");
                }

                break;
            case StateKind.Succeed or StateKind.Fail:
                if (state.Next is not null)
                {
                    problems.Add($"{path}.Next", state.Line, $"{state.Kind} state '{state.Name}' ends its scope and cannot have Next.");
                }

                break;
            case StateKind.Choice:
                var choice = (ChoiceState)state;
                if (choice.Default is null)
                {
                    problems.Add($"{path}.Default", state.Line, $"Choice state '{state.Name}' needs a Default.");
                }

                for (var i = 0; i < choice.Branches.Count; i++)
                {
                    Target(choice.Branches[i].Next, $"Branches[{i}].Next");
                }

                Target(choice.Default, "Default");
                break;
        }

        Target(state.Next, "Next");
        for (var i = 0; i < state.Catch.Count; i++)
        {
            Target(state.Catch[i].Next, $"Catch[{i}].Next");
        }
    }

    private static void ValidateNested(StateDefinition state, string path, ProblemList problems, HashSet<string> seen)
    {
        switch (state)
        {
            case ParallelState parallel:
                if (parallel.Branches.Count is 0 or > MaxBranches)
                {
                    problems.Add($"{path}.Branches", state.Line, $"Parallel state '{state.Name}' must have 1 to {MaxBranches} branches.");
                }

                for (var i = 0; i < parallel.Branches.Count; i++)
                {
                    ValidateScope(parallel.Branches[i], $"{path}.Branches[{i}]", problems, seen);
                }

                break;
            case MapState map:
                ValidateScope(map.Processor, $"{path}.Processor", problems, seen);
                break;
        }
    }

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";
}
