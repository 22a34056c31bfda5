namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>A service a Task can call for real (fdl.md 11). Errors are thrown as StateErrorException.</summary>
public interface ITaskIntegration
{
    bool Handles(string action);

    ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken);
}
