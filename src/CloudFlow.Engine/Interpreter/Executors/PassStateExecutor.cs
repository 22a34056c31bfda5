using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.1: no work; the output is the input.</summary>
internal sealed class PassStateExecutor : StateExecutor<PassState>
{
    protected override ValueTask<StateOutcome> ExecuteAsync(PassState state, StateContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StateOutcome.Continue(context.Input));
}
