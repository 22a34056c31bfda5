using System.Buffers;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// A growing byte buffer on pooled arrays. A history chunk is written here, handed to the writer thread and its
/// array returned once stored: a 1,000-state execution would otherwise allocate its chunk about three times over.
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>
{
    private const int MinimumSize = 256;
    private byte[] _array = [];
    private int _length;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _length);

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_length);
    }

    /// <summary>Hands the written bytes over with their array; this buffer starts again empty.</summary>
    public HistoryChunkBytes Detach()
    {
        var bytes = new HistoryChunkBytes(_array, _length);
        (_array, _length) = ([], 0);
        return bytes;
    }

    private void Reserve(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(MinimumSize, _array.Length * 2)));
        WrittenSpan.CopyTo(bigger);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = bigger;
    }
}

/// <summary>Bytes in an array rented from the pool; <see cref="Return"/> gives the array back once they are used.</summary>
internal readonly record struct HistoryChunkBytes(byte[] Array, int Length)
{
    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    public void Return() => ArrayPool<byte>.Shared.Return(Array);
}
