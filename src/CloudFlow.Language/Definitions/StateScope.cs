namespace CloudFlow.Language.Definitions;

/// <summary>The top level, one Parallel branch or one Map processor (fdl.md 1.3).</summary>
public sealed class StateScope
{
    private readonly Dictionary<string, StateDefinition> _byName;

    public StateScope(string startAt, IReadOnlyList<StateDefinition> states)
    {
        StartAt = startAt;
        States = states;
        _byName = new Dictionary<string, StateDefinition>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            _byName.TryAdd(state.Name, state);
        }
    }

    public string StartAt { get; }

    public IReadOnlyList<StateDefinition> States { get; }

    public StateDefinition this[string name] => _byName[name];

    public bool TryGetState(string name, out StateDefinition state) => _byName.TryGetValue(name, out state!);
}
