using System.Runtime.CompilerServices;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Plans;

/// <summary>The plan of each parsed definition, kept as long as the definition is.</summary>
internal sealed class FlowPlans(StateExecutorFactory executors)
{
    private readonly ConditionalWeakTable<FlowDefinition, FlowPlan> _plans = [];

    public FlowPlan For(FlowDefinition definition) =>
        _plans.TryGetValue(definition, out var plan) ? plan : _plans.GetValue(definition, d => new FlowPlan(d.Dialect, executors));
}
