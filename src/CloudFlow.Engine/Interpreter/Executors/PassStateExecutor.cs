using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.1: no work; the output is the input.</summary>
internal sealed class PassStateExecutor : InstantStateExecutor<PassState>
{
    protected override StateOutcome Execute(PassState state, StateContext context) => StateOutcome.Continue(context.Input);
}
