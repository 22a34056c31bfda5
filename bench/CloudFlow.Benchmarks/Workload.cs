using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

/// <summary>One flow of ../shared/bench/workloads with its input, its transitions per execution and the output it must give.</summary>
internal sealed record Workload(string Name, string Definition, string Input, int Transitions, JsonNode Expected)
{
    /// <summary>Null when <paramref name="output"/> is the right answer, else what is wrong with it.</summary>
    public string? Verify(string? output)
    {
        JsonNode? actual;
        try
        {
            actual = output is null ? null : JsonNode.Parse(output);
        }
        catch (System.Text.Json.JsonException)
        {
            return $"output is not JSON: {Shorten(output)}";
        }

        return JsonNode.DeepEquals(actual, Expected) ? null : $"expected {Shorten(Expected.ToJsonString())}, got {Shorten(output)}";
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length > 120 ? text[..120] + "…" : text;
}
