using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

internal sealed record RpcAnswer(int StatusCode, string Body)
{
    public bool Ok => StatusCode == 200;

    public JsonNode? Parse() => JsonNode.Parse(Body);

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
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: show the text.
        }

        return $"HTTP {StatusCode}: {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
    }
}
