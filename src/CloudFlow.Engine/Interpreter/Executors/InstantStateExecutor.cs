using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// A kind whose work is a computation on the state's input: no waits, effects or nested states, so the runner runs
/// it synchronously and its events share the time the state was entered.
/// </summary>
internal interface IInstantStateExecutor
{
    StateOutcome Execute(StateContext context);
}

internal abstract class InstantStateExecutor<TState> : StateExecutor<TState>, IInstantStateExecutor
    where TState : StateDefinition
{
    public StateOutcome Execute(StateContext context) => Execute((TState)context.State, context);

    protected abstract StateOutcome Execute(TState state, StateContext context);

    protected sealed override ValueTask<StateOutcome> ExecuteAsync(TState state, StateContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Execute(state, context));
}
