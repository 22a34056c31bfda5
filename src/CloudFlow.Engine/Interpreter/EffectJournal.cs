namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Results of the effects an execution saw (task results, wait deadlines, callback outcomes), keyed by where they
/// happened. A replay reads them instead of acting again; new entries are stored with the next checkpoint.
/// </summary>
public sealed class EffectJournal(IReadOnlyDictionary<string, string> stored)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _entries = new(stored, StringComparer.Ordinal);
    private List<KeyValuePair<string, string>> _pending = [];

    public bool TryGet(string key, out string value)
    {
        lock (_lock)
        {
            return _entries.TryGetValue(key, out value!);
        }
    }

    public void Record(string key, string value)
    {
        lock (_lock)
        {
            _entries[key] = value;
            _pending.Add(new(key, value));
        }
    }

    public List<KeyValuePair<string, string>> TakePending()
    {
        lock (_lock)
        {
            var taken = _pending;
            _pending = [];
            return taken;
        }
    }
}
