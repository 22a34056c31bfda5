using System.Text;
using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

/// <summary>Reads index.json of the shared benchmark folder; sizes and inputs come from there, as they do for the peer.</summary>
internal static class WorkloadSet
{
    public static IReadOnlyList<Workload> Load(RepoPaths paths)
    {
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(paths.Workloads, "index.json")))!.AsArray();
        return [.. index.Select(entry => Read(paths.SharedBench, entry!))];
    }

    private static Workload Read(string folder, JsonNode entry)
    {
        var name = entry["workload"]!.GetValue<string>();
        var input = File.ReadAllText(Path.Combine(folder, entry["input"]!.GetValue<string>()));
        return new Workload(
            name,
            File.ReadAllText(Path.Combine(folder, entry["flow"]!.GetValue<string>())),
            input,
            entry["transitions"]!.GetValue<int>(),
            Expected(name, JsonNode.Parse(input)!));
    }

    /// <summary>The right answer of each workload, derived from its input so a resized workload stays checked.</summary>
    private static JsonNode Expected(string name, JsonNode input) => name switch
    {
        "pass-chain" => input,
        "choice-loop" => JsonNode.Parse($$"""{"i": {{input["n"]}}, "n": {{input["n"]}}}""")!,
        "map" => JsonNode.Parse(MapOutput(input["items"]!.AsArray()))!,
        _ => throw new InvalidOperationException($"No expected output is known for workload '{name}'."),
    };

    // fdl.md 3.5: a Map's output is {"Items": [...]} in item order.
    private static string MapOutput(JsonArray items)
    {
        var text = new StringBuilder("""{"Items": [""");
        for (var k = 0; k < items.Count; k++)
        {
            text.Append(k == 0 ? "" : ", ").Append($$"""{"v": {{items[k]!["v"]!.ToJsonString()}}, "ok": true}""");
        }

        return text.Append("]}").ToString();
    }
}
