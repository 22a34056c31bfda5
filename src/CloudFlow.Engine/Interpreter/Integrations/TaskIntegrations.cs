using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>Routes a Task to the integration that handles its Action; anything else is not emulated (decisions.md).</summary>
internal sealed class TaskIntegrations(IEnumerable<ITaskIntegration> integrations)
{
    private readonly ITaskIntegration[] _integrations = [.. integrations];

    public ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken)
    {
        foreach (var integration in _integrations)
        {
            if (integration.Handles(invocation.State.Action))
            {
                return integration.InvokeAsync(invocation, cancellationToken);
            }
        }

        throw invocation.Error(ErrorNames.Unsupported, $"the action '{invocation.State.Action}' is not emulated. {invocation.MockHint}");
    }
}
