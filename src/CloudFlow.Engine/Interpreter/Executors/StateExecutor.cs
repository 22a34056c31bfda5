using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

internal abstract class StateExecutor<TState> : IStateExecutor
    where TState : StateDefinition
{
    public ValueTask<StateOutcome> ExecuteAsync(StateContext context, CancellationToken cancellationToken) =>
        ExecuteAsync((TState)context.State, context, cancellationToken);

    protected abstract ValueTask<StateOutcome> ExecuteAsync(TState state, StateContext context, CancellationToken cancellationToken);
}
