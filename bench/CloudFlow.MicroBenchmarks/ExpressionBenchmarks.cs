using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Expressions;

namespace CloudFlow.MicroBenchmarks;

/// <summary>
/// One turn of the choice-loop workload's expressions, compiled once when the flow is parsed: the Pass state's
/// OutputConstructor (<c>intAdd($Input.i, 1)</c>) then the Choice condition (<c>$Input.i &lt; $Input.n</c>), each
/// in a new scope as the engine builds one per state.
/// </summary>
[MemoryDiagnoser]
public class ExpressionBenchmarks
{
    private JsonNode? _start;
    private JsonNode? _current;
    private DataTemplate _increment = null!;
    private Expression _check = null!;

    [GlobalSetup]
    public void CompileChoiceLoop()
    {
        var states = Workloads.Flow("choice-loop").Root;
        _increment = states["Inc"].OutputConstructor!;
        _check = ((ChoiceState)states["Check"]).Branches[0].Condition;
        _current = _start = Workloads.Input("choice-loop");
    }

    [Benchmark]
    public bool IncrementAndCheck()
    {
        _current = _increment.Evaluate(new ExpressionScope { Input = _current, Output = _current });
        var again = _check.EvaluateCondition(new ExpressionScope { Input = _current });
        if (!again)
        {
            _current = _start;
        }

        return again;
    }
}
