using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>Routes a Task to the integration that handles its Action; anything else is not emulated (decisions.md).</summary>
internal sealed class TaskIntegrations(IEnumerable<ITaskIntegration> integrations)
{
    private readonly ITaskIntegration[] _integrations = [.. integrations];

    public ValueTask<JsonNode?> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken)
    {
        foreach (var integration in _integrations)
        {
            if (integration.Handles(invocation.State.Action))
            {
                return integration.InvokeAsync(invocation, cancellationToken);
            }
        }

        var flow = invocation.Context.Run.Record.FlowName;
        throw new StateErrorException(
            ErrorNames.Unsupported,
            $"State '{invocation.State.Name}': the action '{invocation.State.Action}' is not emulated. A mock can stand in for it: PUT /_emulator/flows/{flow}/mocks.");
    }
}
