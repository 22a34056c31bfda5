using BenchmarkDotNet.Attributes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.MicroBenchmarks;

/// <summary>CreateFlow's parse and validation of the 1,000-state pass-chain definition (about 45 KB of YAML).</summary>
[MemoryDiagnoser]
public class DefinitionParsingBenchmarks
{
    private string _passChain = "";

    [GlobalSetup]
    public void LoadDefinition() => _passChain = Workloads.Text("pass-chain.yaml");

    [Benchmark]
    public FlowDefinition ParsePassChain() => FlowDefinitionParser.Parse(_passChain);
}
