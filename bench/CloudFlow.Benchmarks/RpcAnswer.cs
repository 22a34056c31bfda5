using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

/// <summary>An answer's status and body as it came: bytes, so a 45 KB definition in it is never turned into a string
/// (a large-object-heap allocation per answer, whose collections were the benchmark's own cost).</summary>
internal sealed record RpcAnswer(int StatusCode, byte[] Body)
{
    public bool Ok => StatusCode == 200;

    public JsonNode? Parse() => JsonNode.Parse(Body);

    /// <summary>The body read in place, without the copy <see cref="Parse"/> makes: for answers read on every execution.</summary>
    public JsonDocument ParseInPlace() => JsonDocument.Parse(Body);

    private string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The error's Code and Message when the body is the error envelope, else the start of the body.</summary>
    public override string ToString()
    {
        try
        {
            if (Parse() is JsonObject { } envelope && envelope["Code"] is { } code)
            {
                return $"HTTP {StatusCode} {code}: {envelope["Message"]}";
            }
        }
        catch (JsonException)
        {
            // Not JSON: show the text.
        }

        return $"HTTP {StatusCode}: {(Text.Length > 300 ? Text[..300] + "…" : Text)}";
    }
}
