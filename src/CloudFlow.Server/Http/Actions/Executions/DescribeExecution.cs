using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Executions;

internal sealed record DescribeExecutionRequest(string? FlowName, string? ExecutionName, string? WaitTimeSeconds)
{
    public static DescribeExecutionRequest Bind(RpcParameters p) => new(p["FlowName"], p["ExecutionName"], p["WaitTimeSeconds"]);
}

internal sealed class DescribeExecutionValidator : AbstractValidator<DescribeExecutionRequest>
{
    public DescribeExecutionValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ExecutionName).Required("ExecutionName").ValidExecutionName();
        RuleFor(r => r.WaitTimeSeconds).IntegerBetween("WaitTimeSeconds", 0, 60);
    }
}

/// <summary>api.md DescribeExecution, with long polling through WaitTimeSeconds.</summary>
internal static class DescribeExecutionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeExecutionRequest, ExecutionResponse>(
        "DescribeExecution", DescribeExecutionRequest.Bind, new DescribeExecutionValidator(), HandleAsync, CloudFlowJsonContext.Wire.ExecutionResponse);

    private static async Task<ExecutionResponse> HandleAsync(DescribeExecutionRequest r, RpcContext context)
    {
        var executions = context.Http.RequestServices.GetRequiredService<ExecutionRegistry>();
        var wait = TimeSpan.FromSeconds(RpcRules.IntOr(r.WaitTimeSeconds, 0));
        var execution = await executions.DescribeAsync(context.Account, r.FlowName!, r.ExecutionName!, wait, context.Http.RequestAborted);
        return ExecutionResponse.From(execution);
    }
}
