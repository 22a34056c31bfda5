namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>The state-specific middle of the common sequence; the runner does events, constructors and errors.</summary>
internal interface IStateExecutor
{
    ValueTask<StateOutcome> ExecuteAsync(StateContext context, CancellationToken cancellationToken);
}
