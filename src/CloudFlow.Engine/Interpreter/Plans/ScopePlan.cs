using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Plans;

/// <summary>The planned states of one scope, from its StartAt.</summary>
internal sealed class ScopePlan
{
    private readonly Dictionary<string, StatePlan> _byName = new(StringComparer.Ordinal);

    public ScopePlan(StateScope scope, Func<StateDefinition, StatePlan> plan)
    {
        foreach (var state in scope.States)
        {
            if (!_byName.ContainsKey(state.Name))
            {
                _byName[state.Name] = plan(state);
            }
        }

        foreach (var state in _byName.Values)
        {
            state.Targets = [.. StateTargets.Of(state.Definition)
                .Where(_byName.ContainsKey)
                .Select(name => new StateTarget(name, _byName[name]))];
        }

        Start = _byName[scope.StartAt];
    }

    public StatePlan Start { get; }

    /// <summary>
    /// The state a transition from <paramref name="from"/> leads to. The name is almost always the very string its
    /// definition holds (a Next, a Choice branch, a Catch rule), which a reference comparison finds.
    /// </summary>
    public StatePlan Next(StatePlan from, string name)
    {
        foreach (var target in from.Targets)
        {
            if (ReferenceEquals(target.Name, name))
            {
                return target.State;
            }
        }

        return _byName[name];
    }
}
