using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// One line of execution: the top level, one Parallel branch run or one Map iteration run. Events inside a lane
/// are sequential, so (path, sequence number) identifies an event across a replay.
/// </summary>
public sealed class Lane(string path, long lastEventId)
{
    /// <summary>Visits by name id, from <see cref="_firstNameId"/>: a lane mostly runs one scope, whose ids are close.</summary>
    private int[] _visits = [];
    private int _firstNameId;
    private StateContext? _instantContext;

    public string Path { get; } = path;

    public int NextSeq { get; set; }

    /// <summary>The previous event of this lane: the next event's ScheduleEventId.</summary>
    public long LastEventId { get; set; } = lastEventId;

    /// <summary>1-based count of visits of a state name (by its flow-wide id) in this lane; part of child lane paths and effect keys.</summary>
    internal int Visit(int nameId)
    {
        var slot = nameId - _firstNameId;
        if ((uint)slot >= (uint)_visits.Length)
        {
            slot = Cover(nameId);
        }

        return ++_visits[slot];
    }

    /// <summary>
    /// The context the lane's instant states share: they run one at a time and synchronously, and nothing keeps their
    /// context once they end (what their constructors build is detached from it), so a chain of them allocates none.
    /// </summary>
    internal StateContext EnterInstant(ExecutionRun run, StateDefinition state, int visit, ScopeRunner scopes) =>
        _instantContext is { } context ? context.Enter(state, visit) : _instantContext = new StateContext(run, this, state, visit, scopes);

    /// <summary>The lane of a Parallel branch (<c>b</c>) or Map iteration (<c>i</c>) of the given attempt.</summary>
    public Lane Child(string attemptKey, char kind, int index) => new($"{Path}/{attemptKey}/{kind}{index}", LastEventId);

    private int Cover(int nameId)
    {
        if (_visits.Length == 0)
        {
            (_visits, _firstNameId) = (new int[4], nameId);
            return 0;
        }

        var first = Math.Min(_firstNameId, nameId);
        var end = Math.Max(_firstNameId + _visits.Length, nameId + 1);
        var covering = new int[Math.Max(end - first, _visits.Length * 2)];
        _visits.CopyTo(covering, _firstNameId - first);
        (_visits, _firstNameId) = (covering, first);
        return nameId - first;
    }
}
