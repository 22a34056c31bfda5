namespace CloudFlow.Engine.Storage;

/// <summary>The last few values written to a history chunk with their indexes, so a repeat is written as a reference.</summary>
internal sealed class RecentValues<T>(int size)
    where T : IEquatable<T>
{
    private readonly T[] _values = new T[size];
    private readonly int[] _indexes = new int[size];
    private int _count;
    private int _newest = -1;

    /// <summary>Most recent first, since a step's events repeat what the one before them wrote.</summary>
    public bool TryFind(T value, out int index)
    {
        for (int i = 0, slot = _newest; i < _count; i++, slot = slot == 0 ? _values.Length - 1 : slot - 1)
        {
            if (_values[slot].Equals(value))
            {
                index = _indexes[slot];
                return true;
            }
        }

        index = 0;
        return false;
    }

    public void Add(T value, int index)
    {
        _newest = (_newest + 1) % _values.Length;
        _values[_newest] = value;
        _indexes[_newest] = index;
        _count = Math.Min(_count + 1, _values.Length);
    }

    /// <summary>Forgets every value, so no reference outlives its chunk.</summary>
    public void Clear()
    {
        Array.Clear(_values);
        _count = 0;
        _newest = -1;
    }
}
