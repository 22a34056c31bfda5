using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Plans;

/// <summary>A state with what running it needs, decided once per flow.</summary>
internal sealed class StatePlan(StateDefinition definition, IStateExecutor executor, int nameId)
{
    public StateDefinition Definition { get; } = definition;

    public IStateExecutor Executor { get; } = executor;

    /// <summary>Set for an instant kind without Retry or Catch (fdl.md 7): it runs without a state machine.</summary>
    public IInstantStateExecutor? Instant { get; } =
        executor is IInstantStateExecutor instant && definition.Retry.Count == 0 && definition.Catch.Count == 0 ? instant : null;

    /// <summary>The flow-wide number of the state's name, under which lanes count its visits.</summary>
    public int NameId { get; } = nameId;

    /// <summary>The states its transitions name in its scope, set once the whole scope is planned.</summary>
    public StateTarget[] Targets { get; set; } = [];
}

internal readonly record struct StateTarget(string Name, StatePlan State);
