using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Executions;

internal sealed record StopExecutionRequest(string? FlowName, string? ExecutionName, string? Error, string? Cause)
{
    public static StopExecutionRequest Bind(RpcParameters p) => new(p["FlowName"], p["ExecutionName"], p["Error"], p["Cause"]);
}

internal sealed class StopExecutionValidator : AbstractValidator<StopExecutionRequest>
{
    public StopExecutionValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ExecutionName).Required("ExecutionName").ValidExecutionName();
        RuleFor(r => r.Error).LengthBetween("Error", 1, 128);
        RuleFor(r => r.Cause).LengthBetween("Cause", 1, 4096);
    }
}

/// <summary>api.md StopExecution: the emulator stops synchronously and answers with the Stopped execution.</summary>
internal static class StopExecutionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<StopExecutionRequest, ExecutionResponse>(
        "StopExecution", StopExecutionRequest.Bind, new StopExecutionValidator(), HandleAsync, CloudFlowJsonContext.Wire.ExecutionResponse);

    private static async Task<ExecutionResponse> HandleAsync(StopExecutionRequest r, RpcContext context)
    {
        var executions = context.Http.RequestServices.GetRequiredService<ExecutionRegistry>();
        var execution = await executions.StopAsync(context.Account, r.FlowName!, r.ExecutionName!, r.Error, r.Cause);
        return ExecutionResponse.From(execution) with { RoleArn = execution.RoleArn };
    }
}
