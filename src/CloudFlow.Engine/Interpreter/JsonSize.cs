using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The UTF-8 size of a node as <see cref="JsonSerializer"/> writes it by default (the measure of the data limit),
/// written into a per-thread buffer so measuring each state's output allocates nothing. Like the serializer, it
/// throws <see cref="JsonException"/> for a node nested deeper than 64 levels.
/// </summary>
internal static class JsonSize
{
    private const int KeptCapacity = 256 * 1024;
    private static readonly JsonWriterOptions SerializerDefaults = new() { MaxDepth = 64 };

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_scratch;

    public static int Of(JsonNode? node)
    {
        if (node is null)
        {
            return "null".Length;
        }

        var (buffer, writer) = t_scratch ??= NewScratch();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            node.WriteTo(writer);
        }
        catch (InvalidOperationException e) when (writer.CurrentDepth >= SerializerDefaults.MaxDepth)
        {
            throw new JsonException(e.Message, e);
        }

        writer.Flush();
        var size = buffer.WrittenCount;
        if (buffer.Capacity > KeptCapacity)
        {
            // An oversized value should not pin its buffer to the thread.
            t_scratch = null;
        }

        return size;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        return (buffer, new Utf8JsonWriter(buffer, SerializerDefaults));
    }
}
