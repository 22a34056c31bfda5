using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;

namespace CloudFlow.Server.Http.Actions.Executions;

/// <summary>
/// api.md StartSyncExecution: StartExecution's parameters and checks (FlowName#Scenario included), for an Express
/// flow, answered with the result once the run ends.
/// </summary>
internal static class StartSyncExecutionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<StartExecutionRequest, SyncExecutionResponse>(
        "StartSyncExecution", StartExecutionRequest.Bind, new StartExecutionValidator(), HandleAsync, CloudFlowJsonContext.Wire.SyncExecutionResponse);

    private static async Task<SyncExecutionResponse> HandleAsync(StartExecutionRequest r, RpcContext context)
    {
        var executions = context.Http.RequestServices.GetRequiredService<ExecutionRegistry>();
        return SyncExecutionResponse.From(await executions.StartSyncAsync(context.Account, r.ToCommand()));
    }
}
