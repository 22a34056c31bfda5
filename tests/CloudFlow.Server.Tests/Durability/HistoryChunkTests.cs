using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>A stored history chunk reads back as the events that were recorded, whatever repeats or does not.</summary>
public sealed class HistoryChunkTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_000);

    [Fact]
    public void Chunk_ReadBack_GivesEveryFieldOfEveryEvent()
    {
        var shared = JsonNode.Parse("""{"a": 1, "text": "üñí \"quoted\" </tag>"}""");
        var recorded = new List<(long Id, long ScheduleId, string Type, string Name, DateTimeOffset Time, EventDetail Detail, string Lane, int Seq)>
        {
            (3, 0, EventTypes.ExecutionStarted, "", Start, EventDetail.Input(shared), "", 0),
            (4, 3, EventTypes.StepEntered, "Ünïcode step", Start, EventDetail.Input(shared), "", 1),
            (5, 4, EventTypes.StepStarted, "Ünïcode step", Start, EventDetail.Input(shared), "", 2),
            (6, 5, EventTypes.IterationEntered, "Ünïcode step", Start.AddMilliseconds(5), EventDetail.Input(JsonNode.Parse("[1, 2]")), "/M#1.0/i0", 0),
            (7, 5, EventTypes.IterationEntered, "Ünïcode step", Start.AddMilliseconds(4), EventDetail.Input(null), "/M#1.0/i1", 0),
            (8, 6, EventTypes.TaskFailed, "T", Start.AddMilliseconds(9), EventDetail.Failure("FC.Unknown", "boom", retryCount: 2), "/M#1.0/i0", 1),
            (12, 7, EventTypes.StepExited, "L", Start.AddDays(3), EventDetail.InputAndLocal(shared, new JsonObject { ["k"] = "v" }), "/M#1.0/i1", 7),
        };

        // More distinct names and details than a chunk remembers, so some repeats are written in full again.
        for (var i = 0; i < 20; i++)
        {
            recorded.Add((13 + i, 12 + i, EventTypes.StepSucceeded, $"S{i % 11}", Start.AddDays(3), EventDetail.Output(JsonValue.Create(i % 9)), "/M#1.0/i1", 8 + i));
        }

        var writer = new HistoryChunkWriter();
        foreach (var e in recorded)
        {
            writer.Add(e.Id, e.ScheduleId, e.Type, e.Name, e.Time, e.Detail, e.Lane, e.Seq);
        }

        var chunk = writer.Take()!;
        var read = new List<HistoryEvent>();
        HistoryChunkReader.Read(chunk.Bytes.Memory.Span, read);
        chunk.Bytes.Return();

        Assert.Equal((3L, 32L), (chunk.FirstEventId, chunk.LastEventId));
        Assert.Equal(
            recorded.Select(e => new HistoryEvent(e.Id, e.ScheduleId, e.Type, e.Name, e.Time, Text(e.Detail), e.Lane, e.Seq)),
            read);
        Assert.Null(writer.Take());
    }

    [Fact]
    public void Chunk_NodeUnderAnotherKey_AndNamesAsOtherStrings_ReadBackTheSame()
    {
        var node = JsonNode.Parse("""{"i": 1, "text": "\"q\" </tag> ü"}""");
        var name = new string("Step".AsSpan());
        var lane = new string("/M#1.0/i0".AsSpan());
        var recorded = new (string Type, string Name, EventDetail Detail, string Lane)[]
        {
            (EventTypes.StepEntered, "Step", EventDetail.Input(node), "/M#1.0/i0"),
            (EventTypes.StepSucceeded, name, EventDetail.Output(node), lane),
            (EventTypes.StepExited, "Step", EventDetail.Local(node), "/M#1.0/i0"),
            (EventTypes.StepEntered, name, EventDetail.Input(node, retryCount: 1), lane),
            (EventTypes.StepEntered, "Step", EventDetail.InputAndLocal(node, new JsonObject()), "/M#1.0/i0"),
        };

        var writer = new HistoryChunkWriter();
        for (var i = 0; i < recorded.Length; i++)
        {
            writer.Add(i + 1, i, recorded[i].Type, recorded[i].Name, Start, recorded[i].Detail, recorded[i].Lane, i);
        }

        var chunk = writer.Take()!;
        var read = new List<HistoryEvent>();
        HistoryChunkReader.Read(chunk.Bytes.Memory.Span, read);
        chunk.Bytes.Return();

        Assert.Equal(
            recorded.Select((e, i) => new HistoryEvent(i + 1, i, e.Type, "Step", Start, Text(e.Detail), "/M#1.0/i0", i)),
            read);
    }

    [Fact]
    public void NextChunk_StartsAfresh()
    {
        var writer = new HistoryChunkWriter();
        writer.Add(1, 0, EventTypes.StepEntered, "A", Start, EventDetail.Input(null), "", 0);
        writer.Take()!.Bytes.Return();
        writer.Add(2, 1, EventTypes.StepStarted, "A", Start, EventDetail.Input(null), "", 1);

        var chunk = writer.Take()!;
        var read = new List<HistoryEvent>();
        HistoryChunkReader.Read(chunk.Bytes.Memory.Span, read);

        Assert.Equal([new HistoryEvent(2, 1, EventTypes.StepStarted, "A", Start, """{"input":null}""", "", 1)], read);
    }

    private static string Text(EventDetail detail)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            detail.WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
