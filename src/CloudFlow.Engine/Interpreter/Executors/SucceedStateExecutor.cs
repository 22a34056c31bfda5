using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.7: ends its scope successfully.</summary>
internal sealed class SucceedStateExecutor : InstantStateExecutor<SucceedState>
{
    protected override StateOutcome Execute(SucceedState state, StateContext context) => StateOutcome.EndScope(context.Input);
}
