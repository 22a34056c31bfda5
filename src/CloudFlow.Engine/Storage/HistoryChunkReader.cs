using System.Text;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Storage;

/// <summary>Decodes a chunk written by <see cref="HistoryChunkWriter"/> back into events.</summary>
internal ref struct HistoryChunkReader(ReadOnlySpan<byte> chunk)
{
    private readonly ReadOnlySpan<byte> _chunk = chunk;
    private int _position;

    public static void Read(ReadOnlySpan<byte> chunk, List<HistoryEvent> into)
    {
        if (chunk.Length == 0 || chunk[0] != HistoryChunkFormat.Version)
        {
            throw new InvalidDataException("A history row is not in the format this emulator writes; the data directory comes from an older version.");
        }

        var reader = new HistoryChunkReader(chunk[1..]);
        var texts = new List<string>();
        long id = 0, ms = 0;
        while (reader._position < reader._chunk.Length)
        {
            var type = HistoryChunkFormat.Types[reader._chunk[reader._position++]];
            id += (long)reader.ReadVarint();
            var scheduleId = id - HistoryChunkFormat.UnZigZag(reader.ReadVarint());
            var name = reader.ReadText(texts);
            ms += HistoryChunkFormat.UnZigZag(reader.ReadVarint());
            var lane = reader.ReadText(texts);
            var seq = (int)reader.ReadVarint();
            var detail = reader.ReadText(texts);
            into.Add(new HistoryEvent(id, scheduleId, type, name, SqliteExtensions.FromUnixMs(ms), detail, lane, seq));
        }
    }

    private string ReadText(List<string> texts)
    {
        var code = (int)ReadVarint();
        if (code != HistoryChunkFormat.NewText)
        {
            return texts[code - 1];
        }

        var length = (int)ReadVarint();
        var text = Encoding.UTF8.GetString(_chunk.Slice(_position, length));
        _position += length;
        texts.Add(text);
        return text;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _chunk[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
