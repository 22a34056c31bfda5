using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

internal sealed record RpcAnswer(int StatusCode, string Body)
{
    public bool Ok => StatusCode == 200;

    public JsonNode? Parse() => JsonNode.Parse(Body);

    public string? Field(string name) => Parse()?[name]?.GetValue<string>();

    public override string ToString() => $"HTTP {StatusCode}: {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
