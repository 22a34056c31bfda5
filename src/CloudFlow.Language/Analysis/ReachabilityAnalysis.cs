using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Analysis;

/// <summary>
/// States no transition reaches. They are accepted (fdl.md 1.4; decisions.md, Definitions) and only reported
/// as warnings, since the console lets users keep unused states.
/// </summary>
public static class ReachabilityAnalysis
{
    public static IReadOnlyList<string> UnreachableStates(FlowDefinition definition)
    {
        var unreachable = new List<string>();
        if (definition.Dialect is FlowDialect.StateMachine)
        {
            Collect(definition.Root, unreachable);
        }

        return unreachable;
    }

    private static void Collect(StateScope scope, List<string> unreachable)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(scope.StartAt);
        while (pending.TryPop(out var name))
        {
            if (!reached.Add(name) || !scope.TryGetState(name, out var state))
            {
                continue;
            }

            foreach (var target in StateTargets.Of(state))
            {
                pending.Push(target);
            }
        }

        foreach (var state in scope.States)
        {
            if (!reached.Contains(state.Name))
            {
                unreachable.Add(state.Name);
            }

            foreach (var child in Children(state))
            {
                Collect(child, unreachable);
            }
        }
    }

    private static IEnumerable<StateScope> Children(StateDefinition state) => state switch
    {
        ParallelState parallel => parallel.Branches,
        MapState map => [map.Processor],
        _ => [],
    };
}
