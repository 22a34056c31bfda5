namespace CloudFlow.Engine.Storage;

/// <summary>
/// The last few texts or details a history chunk wrote out in full, so a repeat is written as its rank (1 = newest).
/// The writer and the reader keep one each and add the same values in the same order, so their ranks agree. With
/// <c>byReference</c> (reference types only) a value is found only as the same object.
/// </summary>
internal sealed class RecentValues<T>(int size, bool byReference = false)
{
    private readonly T[] _values = new T[size];
    private int _count;
    private int _newest = -1;

    public T this[int rank] => rank >= 1 && rank <= _count
        ? _values[Slot(rank)]
        : throw new InvalidDataException($"A history chunk refers to text {rank} of {_count}.");

    public bool TryFind(T value, out int rank)
    {
        var slot = _newest;
        for (rank = 1; rank <= _count; rank++)
        {
            if (byReference ? ReferenceEquals(_values[slot], value) : EqualityComparer<T>.Default.Equals(_values[slot], value))
            {
                return true;
            }

            // Stepped back without a division: a miss, as for the new name of most steps, visits every slot.
            slot = (slot == 0 ? _values.Length : slot) - 1;
        }

        return false;
    }

    public void Add(T value)
    {
        _newest = _newest + 1 == _values.Length ? 0 : _newest + 1;
        _values[_newest] = value;
        _count = Math.Min(_count + 1, _values.Length);
    }

    /// <summary>Forgets every value, so no reference outlives its chunk.</summary>
    public void Clear()
    {
        Array.Clear(_values);
        _count = 0;
        _newest = -1;
    }

    /// <summary>The slot of a valid rank: counted back from the newest, wrapping at most once.</summary>
    private int Slot(int rank)
    {
        var slot = _newest - rank + 1;
        return slot < 0 ? slot + _values.Length : slot;
    }
}
