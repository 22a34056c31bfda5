using System.Buffers;
using System.Text;
using System.Text.Json;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Encodes events into <see cref="HistoryChunkFormat"/> as they are recorded; a detail is serialized only the
/// first time a chunk sees it (the events of a step share their data by reference). Not thread-safe: the history
/// log calls it under its lock.
/// </summary>
internal sealed class HistoryChunkWriter
{
    private const int Remembered = 8;

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    private readonly ArrayBufferWriter<byte> _bytes = new(256);
    private readonly RecentValues<string> _texts = new(Remembered);
    private readonly RecentValues<EventDetail> _details = new(Remembered);
    private int _nextIndex;
    private long _firstId;
    private long _lastId;
    private long _lastMs;

    public void Add(long id, long scheduleId, string type, string stepName, DateTimeOffset time, in EventDetail detail, string lane, int seq)
    {
        if (_lastId == 0)
        {
            _firstId = id;
            _bytes.GetSpan(1)[0] = HistoryChunkFormat.Version;
            _bytes.Advance(1);
        }

        var ms = time.ToUnixMs();
        _bytes.GetSpan(1)[0] = HistoryChunkFormat.TypeCodes[type];
        _bytes.Advance(1);
        WriteVarint((ulong)(id - _lastId));
        WriteVarint((ulong)HistoryChunkFormat.ZigZag(id - scheduleId));
        WriteText(stepName);
        WriteVarint((ulong)HistoryChunkFormat.ZigZag(ms - _lastMs));
        WriteText(lane);
        WriteVarint((uint)seq);
        WriteDetail(detail);
        _lastId = id;
        _lastMs = ms;
    }

    /// <summary>The events added since the last call, or null if there are none; the writer starts a new chunk.</summary>
    public HistoryChunk? Take()
    {
        if (_lastId == 0)
        {
            return null;
        }

        var chunk = new HistoryChunk(_firstId, _lastId, _bytes.WrittenSpan.ToArray());
        _bytes.ResetWrittenCount();
        _texts.Clear();
        _details.Clear();
        _nextIndex = 0;
        _lastId = 0;
        _lastMs = 0;
        return chunk;
    }

    private void WriteText(string text)
    {
        if (_texts.TryFind(text, out var index))
        {
            WriteVarint((ulong)index + 1);
            return;
        }

        _texts.Add(text, _nextIndex++);
        var length = Encoding.UTF8.GetByteCount(text);
        WriteNew(length);
        Encoding.UTF8.GetBytes(text, _bytes.GetSpan(length));
        _bytes.Advance(length);
    }

    private void WriteDetail(in EventDetail detail)
    {
        if (_details.TryFind(detail, out var index))
        {
            WriteVarint((ulong)index + 1);
            return;
        }

        _details.Add(detail, _nextIndex++);
        var (buffer, writer) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        detail.WriteTo(writer);
        writer.Flush();
        WriteNew(buffer.WrittenCount);
        _bytes.Write(buffer.WrittenSpan);
    }

    private void WriteNew(int length)
    {
        WriteVarint(HistoryChunkFormat.NewText);
        WriteVarint((uint)length);
    }

    private void WriteVarint(ulong value)
    {
        var span = _bytes.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _bytes.Advance(i);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        return (buffer, new Utf8JsonWriter(buffer, JsonText.WriterOptions));
    }
}
