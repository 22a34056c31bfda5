using System.Buffers;
using System.Text;
using System.Text.Json;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Server.Viewer;

/// <summary>JSON texts (inputs, outputs, event details) indented for reading, characters kept as the API answers them.</summary>
internal static class PrettyJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JsonText.Encoder };

    // Stored values nest at most 64 levels (StrictJson); an event's detail wraps one in a few levels of its own.
    private static readonly JsonDocumentOptions Reading = new() { MaxDepth = 128 };

    /// <summary>The text indented when it is JSON, else as it is.</summary>
    public static string Format(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Reading);
            var buffer = new ArrayBufferWriter<byte>(text.Length * 2);
            using (var writer = new Utf8JsonWriter(buffer, Indented))
            {
                document.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON (a text a Task answered), or a string the writer cannot write: shown as stored.
            return text;
        }
    }
}
