using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter;
using static CloudFlow.Engine.Storage.HistoryChunkFormat;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Encodes events into <see cref="HistoryChunkFormat"/> as they are recorded; a detail is serialized only when the
/// chunk has not just written the same one (the events of a step share their data by reference), and a node written
/// in a recent detail is copied rather than serialized again (a state's input is often the previous output). Names
/// and lanes are compared by reference: they come from the definition and the lanes, so a repeat is the same string,
/// and a miss costs no character comparison. Not thread-safe: the history log calls it under its lock.
/// </summary>
internal sealed class HistoryChunkWriter
{
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    private readonly PooledBuffer _bytes = new();
    private readonly RecentValues<string> _texts = new(RecentTexts, byReference: true);
    private readonly RecentValues<EventDetail> _details = new(RecentTexts);
    private readonly RecentValues<EncodedData> _data = new(RecentTexts);
    private long _firstId;
    private long _lastId;
    private long _lastMs;
    private string? _lastName;
    private string? _lastLane;
    private int _lastSeq = -1;
    private EventDetail _lastDetail;

    public void Add(long id, long scheduleId, string type, string stepName, DateTimeOffset time, in EventDetail detail, string lane, int seq)
    {
        if (WriteEvent(TypeCode(type), id, scheduleId, stepName, time, detail, lane, seq))
        {
            _lastDetail = detail;
        }
    }

    /// <summary>
    /// The events of an instant step, from <paramref name="id"/> on, one per detail in the order of
    /// <see cref="InstantStepEvents.TypesOf"/>: one record, whose events after the first write only their detail, and
    /// that only when it is not the previous event's.
    /// </summary>
    public void AddInstant(InstantStep step, long id, long scheduleId, string stepName, DateTimeOffset time, string lane, int seq, ReadOnlySpan<EventDetail> details)
    {
        WriteEvent((byte)(InstantSteps + (int)step), id, scheduleId, stepName, time, details[0], lane, seq);
        var repeats = 0;
        for (var i = 1; i < details.Length; i++)
        {
            repeats |= details[i].Equals(details[i - 1]) ? RepeatBit(i) : 0;
        }

        WriteByte((byte)repeats);
        for (var i = 1; i < details.Length; i++)
        {
            if ((repeats & RepeatBit(i)) == 0)
            {
                WriteDetail(details[i]);
            }
        }

        // Only the last detail is kept, and only if it differs: a step often ends with the data the previous one ended with.
        if (!_lastDetail.Equals(details[^1]))
        {
            _lastDetail = details[^1];
        }

        (_lastId, _lastSeq) = (id + details.Length - 1, seq + details.Length - 1);
    }

    /// <summary>Writes an event, or an instant record's first event; returns whether its detail differs from the last one kept.</summary>
    private bool WriteEvent(byte code, long id, long scheduleId, string stepName, DateTimeOffset time, in EventDetail detail, string lane, int seq)
    {
        if (_lastId == 0)
        {
            _firstId = id;
            WriteByte(FormatVersion);
        }

        var ms = time.ToUnixMs();
        var same = (id == _lastId + 1 ? NextId : 0)
            | (scheduleId == id - 1 ? PreviousSchedule : 0)
            | (ms == _lastMs ? SameTime : 0)
            | (ReferenceEquals(stepName, _lastName) ? SameName : 0)
            | (ReferenceEquals(lane, _lastLane) ? SameLane : 0)
            | (seq == _lastSeq + 1 ? NextSeq : 0)
            | (_lastId != 0 && _lastDetail.Equals(detail) ? SameDetail : 0);
        WriteByte(code);
        WriteByte((byte)same);
        if ((same & NextId) == 0)
        {
            WriteVarint((ulong)(id - _lastId));
        }

        if ((same & PreviousSchedule) == 0)
        {
            WriteVarint((ulong)ZigZag(id - scheduleId));
        }

        if ((same & SameTime) == 0)
        {
            WriteVarint((ulong)ZigZag(ms - _lastMs));
        }

        if ((same & SameName) == 0)
        {
            WriteText(stepName);
            _lastName = stepName;
        }

        if ((same & SameLane) == 0)
        {
            WriteText(lane);
            _lastLane = lane;
        }

        if ((same & NextSeq) == 0)
        {
            WriteVarint((uint)seq);
        }

        if ((same & SameDetail) == 0)
        {
            WriteDetail(detail);
        }

        // References are stored only when they change: each store of one costs a GC write barrier.
        (_lastId, _lastMs, _lastSeq) = (id, ms, seq);
        return (same & SameDetail) == 0;
    }

    /// <summary>The events added since the last call, or null if there are none; the writer starts a new chunk.</summary>
    public HistoryChunk? Take()
    {
        if (_lastId == 0)
        {
            return null;
        }

        var chunk = new HistoryChunk(_firstId, _lastId, _bytes.Detach());
        _texts.Clear();
        _details.Clear();
        _data.Clear();
        (_lastId, _lastMs, _lastName, _lastLane, _lastSeq, _lastDetail) = (0, 0, null, null, -1, default);
        return chunk;
    }

    private void WriteText(string text)
    {
        if (_texts.TryFind(text, out var rank))
        {
            WriteVarint((uint)rank);
            return;
        }

        _texts.Add(text);
        var length = Encoding.UTF8.GetByteCount(text);
        WriteNew(length);
        Encoding.UTF8.GetBytes(text, _bytes.GetSpan(length));
        _bytes.Advance(length);
    }

    private void WriteDetail(in EventDetail detail)
    {
        if (_details.TryFind(detail, out var rank))
        {
            WriteVarint((uint)rank);
            return;
        }

        _details.Add(detail);
        var (buffer, writer) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        var encoded = EncodedBefore(detail.Data);
        var data = detail.WriteTo(writer, encoded);
        writer.Flush();
        WriteNew(buffer.WrittenCount);
        var start = _bytes.WrittenSpan.Length;
        _bytes.Write(buffer.WrittenSpan);
        if (encoded.IsEmpty && detail.Data is { } node)
        {
            var (offset, length) = data.GetOffsetAndLength(buffer.WrittenCount);
            _data.Add(new EncodedData(node, start + offset, length));
        }
    }

    private ReadOnlySpan<byte> EncodedBefore(JsonNode? node)
    {
        if (node is null || !_data.TryFind(new EncodedData(node, 0, 0), out var rank))
        {
            return default;
        }

        var (_, start, length) = _data[rank];
        return _bytes.WrittenSpan.Slice(start, length);
    }

    /// <summary>Callers pass the <see cref="EventTypes"/> constants: found by reference (step events come first) before a lookup by value.</summary>
    private static byte TypeCode(string type)
    {
        for (var code = 0; code < Types.Length; code++)
        {
            if (ReferenceEquals(Types[code], type))
            {
                return (byte)code;
            }
        }

        return TypeCodes[type];
    }

    private void WriteNew(int length)
    {
        WriteVarint(NewText);
        WriteVarint((uint)length);
    }

    private void WriteByte(byte value)
    {
        _bytes.GetSpan(1)[0] = value;
        _bytes.Advance(1);
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

    /// <summary>Where the chunk holds the JSON of a node it wrote as a detail's data; equal when the node is the same object.</summary>
    private readonly record struct EncodedData(JsonNode Node, int Start, int Length)
    {
        public bool Equals(EncodedData other) => ReferenceEquals(Node, other.Node);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(Node);
    }
}
