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
    /// <summary>As the writer of format version 2 (before instant records) stored a Pass step, then a step whose input failed, from <see cref="Start"/>.</summary>
    internal const string Version2Chunk =
        "02102380A0D5EDEE6600000100117B22696E707574223A7B2261223A317D7D0077000150017F023F00127B226F7574707574223A7B2261223A317D7D047F"
        + "00330400014602033F00197B226572726F72223A2245222C226361757365223A2263227D047F13730203";

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

    [Fact]
    public void InstantSteps_ReadBackAsTheirEventsAddedOneByOne()
    {
        var node = JsonNode.Parse("""{"a": 1, "text": "ü"}""");
        var other = JsonNode.Parse("[2]");
        var failure = EventDetail.Failure("FC.Unknown", "boom");
        // Each step after events that do and do not share its first id, schedule, time, name, lane, sequence and detail,
        // and with details that do and do not repeat, so every bit of same and repeats is taken both ways.
        var steps = new (InstantStep Step, long Id, long ScheduleId, string Name, DateTimeOffset Time, string Lane, int Seq, EventDetail[] Details)[]
        {
            (InstantStep.Succeeded, 2, 1, "Ünïcode step", Start, "", 1, [EventDetail.Input(node), EventDetail.Input(node), EventDetail.Output(node), EventDetail.Output(node)]),
            (InstantStep.Succeeded, 6, 5, "B", Start, "", 5, [EventDetail.Output(node), EventDetail.Input(other), EventDetail.Output(other), EventDetail.Local(other)]),
            (InstantStep.Failed, 12, 4, "C", Start.AddMilliseconds(3), "/P#1.0/b1", 0, [EventDetail.Input(other), EventDetail.Input(other), failure, failure]),
            (InstantStep.FailedBeforeStart, 16, 3, "C", Start.AddMilliseconds(2), "/P#1.0/b0", 2, [EventDetail.Input(node, retryCount: 1), failure, failure]),
            (InstantStep.Succeeded, 19, 18, "C", Start.AddMilliseconds(2), "/P#1.0/b0", 5, [failure, EventDetail.Input(node), EventDetail.Input(node), EventDetail.Output(other)]),
        };

        var compact = new HistoryChunkWriter();
        var oneByOne = new HistoryChunkWriter();
        var expected = new List<HistoryEvent>();
        foreach (var writer in new[] { compact, oneByOne })
        {
            writer.Add(1, 0, EventTypes.ExecutionStarted, "", Start, EventDetail.Input(node), "", 0);
        }

        expected.Add(new HistoryEvent(1, 0, EventTypes.ExecutionStarted, "", Start, Text(EventDetail.Input(node)), "", 0));
        foreach (var (step, id, scheduleId, name, time, lane, seq, details) in steps)
        {
            compact.AddInstant(step, id, scheduleId, name, time, lane, seq, details);
            var types = InstantStepEvents.TypesOf(step);
            for (var i = 0; i < details.Length; i++)
            {
                oneByOne.Add(id + i, i == 0 ? scheduleId : id + i - 1, types[i], name, time, details[i], lane, seq + i);
                expected.Add(new HistoryEvent(id + i, i == 0 ? scheduleId : id + i - 1, types[i], name, time, Text(details[i]), lane, seq + i));
            }
        }

        // An event after an instant step starts from its last event.
        foreach (var writer in new[] { compact, oneByOne })
        {
            writer.Add(23, 22, EventTypes.ExecutionSucceeded, "C", Start.AddMilliseconds(2), EventDetail.Output(other), "/P#1.0/b0", 9);
        }

        expected.Add(new HistoryEvent(23, 22, EventTypes.ExecutionSucceeded, "C", Start.AddMilliseconds(2), Text(EventDetail.Output(other)), "/P#1.0/b0", 9));

        var (compactChunk, oneByOneChunk) = (compact.Take()!, oneByOne.Take()!);
        Assert.Equal(expected, ReadBack(compactChunk));
        Assert.Equal(expected, ReadBack(oneByOneChunk));
        Assert.Equal((1L, 23L), (compactChunk.FirstEventId, compactChunk.LastEventId));
        Assert.True(compactChunk.Bytes.Length < oneByOneChunk.Bytes.Length);
    }

    [Fact]
    public void Version2Chunk_StillReads()
    {
        var chunk = Convert.FromHexString(Version2Chunk);
        const string input = """{"input":{"a":1}}""", output = """{"output":{"a":1}}""", failure = """{"error":"E","cause":"c"}""";
        var failed = Start.AddMilliseconds(2);
        var read = new List<HistoryEvent>();

        HistoryChunkReader.Read(chunk, read);

        Assert.Equal(
            [
                new HistoryEvent(1, 0, EventTypes.ExecutionStarted, "", Start, input, "", 0),
                new HistoryEvent(2, 1, EventTypes.StepEntered, "P", Start, input, "", 1),
                new HistoryEvent(3, 2, EventTypes.StepStarted, "P", Start, input, "", 2),
                new HistoryEvent(4, 3, EventTypes.StepSucceeded, "P", Start, output, "", 3),
                new HistoryEvent(5, 4, EventTypes.StepExited, "P", Start, output, "", 4),
                new HistoryEvent(6, 5, EventTypes.StepEntered, "F", failed, input, "", 5),
                new HistoryEvent(7, 6, EventTypes.StepFailed, "F", failed, failure, "", 6),
                new HistoryEvent(8, 7, EventTypes.StepExited, "F", failed, failure, "", 7),
                new HistoryEvent(9, 8, EventTypes.ExecutionFailed, "", Start.AddMilliseconds(3), failure, "", 8),
            ],
            read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void ChunkOfAnotherVersion_IsRefused(byte version)
    {
        var chunk = new byte[] { version, 0, 0xFF };

        Assert.Throws<InvalidDataException>(() => HistoryChunkReader.Read(chunk, []));
    }

    private static List<HistoryEvent> ReadBack(HistoryChunk chunk)
    {
        var read = new List<HistoryEvent>();
        HistoryChunkReader.Read(chunk.Bytes.Memory.Span, read);
        chunk.Bytes.Return();
        return read;
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
