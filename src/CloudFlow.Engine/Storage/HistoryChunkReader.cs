using System.Text;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Registry;
using static CloudFlow.Engine.Storage.HistoryChunkFormat;

namespace CloudFlow.Engine.Storage;

/// <summary>Decodes a chunk written by <see cref="HistoryChunkWriter"/> back into events.</summary>
internal ref struct HistoryChunkReader
{
    private readonly ReadOnlySpan<byte> _chunk;
    private readonly RecentValues<string> _texts = new(RecentTexts);
    private readonly RecentValues<string> _details = new(RecentTexts);
    private int _position = 1;

    private HistoryChunkReader(ReadOnlySpan<byte> chunk) => _chunk = chunk;

    public static void Read(ReadOnlySpan<byte> chunk, List<HistoryEvent> into)
    {
        if (chunk.Length == 0 || chunk[0] is < OldestReadableVersion or > FormatVersion)
        {
            throw new InvalidDataException("A history row is not in the format this emulator writes: the data directory comes from another version.");
        }

        var reader = new HistoryChunkReader(chunk);
        long id = 0, ms = 0;
        string name = "", lane = "", detail = "";
        var seq = -1;
        while (reader._position < chunk.Length)
        {
            var code = reader.ReadByte();
            var instantTypes = code >= InstantSteps ? InstantStepEvents.TypesOf((InstantStep)(code - InstantSteps)) : null;
            var same = reader.ReadByte();
            id = (same & NextId) != 0 ? id + 1 : id + (long)reader.ReadVarint();
            var scheduleId = (same & PreviousSchedule) != 0 ? id - 1 : id - UnZigZag(reader.ReadVarint());
            ms = (same & SameTime) != 0 ? ms : ms + UnZigZag(reader.ReadVarint());
            name = (same & SameName) != 0 ? name : reader.ReadText(reader._texts);
            lane = (same & SameLane) != 0 ? lane : reader.ReadText(reader._texts);
            seq = (same & NextSeq) != 0 ? seq + 1 : (int)reader.ReadVarint();
            detail = (same & SameDetail) != 0 ? detail : reader.ReadText(reader._details);
            var time = SqliteExtensions.FromUnixMs(ms);
            into.Add(new HistoryEvent(id, scheduleId, instantTypes?[0] ?? Types[code], name, time, detail, lane, seq));
            if (instantTypes is null)
            {
                continue;
            }

            var repeats = reader.ReadByte();
            for (var i = 1; i < instantTypes.Length; i++)
            {
                (id, seq) = (id + 1, seq + 1);
                detail = (repeats & RepeatBit(i)) != 0 ? detail : reader.ReadText(reader._details);
                into.Add(new HistoryEvent(id, id - 1, instantTypes[i], name, time, detail, lane, seq));
            }
        }
    }

    private byte ReadByte() => _chunk[_position++];

    private string ReadText(RecentValues<string> recent)
    {
        var code = (int)ReadVarint();
        if (code != NewText)
        {
            return recent[code];
        }

        var length = (int)ReadVarint();
        var text = Encoding.UTF8.GetString(_chunk.Slice(_position, length));
        _position += length;
        recent.Add(text);
        return text;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
