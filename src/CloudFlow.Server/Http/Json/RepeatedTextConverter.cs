using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CloudFlow.Engine;

namespace CloudFlow.Server.Http.Json;

/// <summary>
/// Writes a long text that answer after answer repeats, such as an execution's definition (45 KB for the bench's pass
/// chain, in every StartExecution and DescribeExecution answer), from its escaped UTF-8 bytes kept per text length.
/// Escaping that definition took ~40 µs an answer; comparing it with the kept text takes ~5 µs, and nothing when it is
/// the same string object, as it is while the execution runs.
/// </summary>
internal sealed class RepeatedTextConverter : JsonConverter<string>
{
    // Shorter texts are escaped faster than they are compared.
    private const int MinLength = 1024;

    private static readonly BoundedCache<int, EscapedText> ByLength = new(64);

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length < MinLength)
        {
            writer.WriteStringValue(value);
            return;
        }

        var encoder = options.Encoder ?? JavaScriptEncoder.Default;
        if (!ByLength.TryGet(value.Length, out var kept) || kept.Encoder != encoder || !string.Equals(kept.Text, value, StringComparison.Ordinal))
        {
            kept = new EscapedText(value, encoder, Escape(value, encoder));
            ByLength.Set(value.Length, kept);
        }

        writer.WriteRawValue(kept.Json, skipInputValidation: true);
    }

    private static byte[] Escape(string text, JavaScriptEncoder encoder)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStringValue(text);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A text and its JSON string form (quotes included) as <see cref="Encoder"/> escapes it.</summary>
    private sealed record EscapedText(string Text, JavaScriptEncoder Encoder, byte[] Json);
}
