using System.Text.Json.Nodes;
using CloudFlow.Benchmarks;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.MicroBenchmarks;

/// <summary>The flows and inputs of <c>../shared/bench/workloads</c>, read once per benchmark class.</summary>
internal static class Workloads
{
    public static string Text(string file) => File.ReadAllText(Path.Combine(RepoPaths.Find().Workloads, file));

    public static FlowDefinition Flow(string name) => FlowDefinitionParser.Parse(Text($"{name}.yaml"));

    public static JsonNode? Input(string name) => JsonNode.Parse(Text($"{name}.input.json"));
}
