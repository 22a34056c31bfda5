using System.Collections.Concurrent;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Plans;

/// <summary>
/// A flow's states resolved once for all its executions: each scope's states with their executors and successors, so
/// a transition follows a reference instead of looking a name up. A scope is planned when it first runs.
/// </summary>
internal sealed class FlowPlan(FlowDialect dialect, StateExecutorFactory executors)
{
    private readonly ConcurrentDictionary<StateScope, ScopePlan> _scopes = new();
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);

    public ScopePlan For(StateScope scope) =>
        _scopes.TryGetValue(scope, out var plan) ? plan : _scopes.GetOrAdd(scope, new ScopePlan(scope, Plan));

    private StatePlan Plan(StateDefinition state) => new(state, executors.For(state.Kind, dialect), NameId(state.Name));

    /// <summary>Lanes count visits by state name (legacy inline steps share their choice's lane), so names are numbered flow-wide.</summary>
    private int NameId(string name)
    {
        lock (_nameIds)
        {
            if (!_nameIds.TryGetValue(name, out var id))
            {
                _nameIds[name] = id = _nameIds.Count;
            }

            return id;
        }
    }
}
