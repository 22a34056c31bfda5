using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Engine;

/// <summary>
/// A thread-safe map of values that can always be computed again, kept to at most <c>capacity</c> entries by
/// forgetting them all when it is full: the working set (a few flow definitions) is far smaller than the bound, which
/// only stops an unusual workload from growing memory without end.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public void Set(TKey key, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = value;
    }
}
