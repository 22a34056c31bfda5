using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.7: ends its scope successfully.</summary>
internal sealed class SucceedStateExecutor : StateExecutor<SucceedState>
{
    protected override ValueTask<StateOutcome> ExecuteAsync(SucceedState state, StateContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StateOutcome.EndScope(context.Input));
}
