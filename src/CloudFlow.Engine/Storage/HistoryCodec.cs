using System.Buffers;
using System.Text;
using System.Text.Json;
using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Storage;

/// <summary>A history chunk is one JSON array; short member names keep checkpoints small.</summary>
internal static class HistoryCodec
{
    public static string Encode(IReadOnlyList<HistoryEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Count * 128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                writer.WriteStartObject();
                writer.WriteNumber("i", e.EventId);
                writer.WriteNumber("s", e.ScheduleEventId);
                writer.WriteString("t", e.Type);
                writer.WriteString("n", e.StepName);
                writer.WriteNumber("m", e.Time.ToUnixMs());
                writer.WriteString("d", e.Detail);
                writer.WriteString("l", e.Lane);
                writer.WriteNumber("q", e.LaneSeq);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Decode(string chunk, List<HistoryEvent> into)
    {
        using var document = JsonDocument.Parse(chunk);
        foreach (var e in document.RootElement.EnumerateArray())
        {
            into.Add(new HistoryEvent(
                e.GetProperty("i").GetInt64(),
                e.GetProperty("s").GetInt64(),
                e.GetProperty("t").GetString()!,
                e.GetProperty("n").GetString()!,
                SqliteExtensions.FromUnixMs(e.GetProperty("m").GetInt64()),
                e.GetProperty("d").GetString()!,
                e.GetProperty("l").GetString()!,
                e.GetProperty("q").GetInt32()));
        }
    }
}
