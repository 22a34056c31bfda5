using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Executions;

/// <summary>FlowName may carry a mock scenario, <c>Flow#Scenario</c>: it is split off before validation (decisions.md).</summary>
internal sealed record StartExecutionRequest(string? FlowName, string? Scenario, string? ExecutionName, string? Input, string? Qualifier, string? CallbackFnFTaskToken)
{
    public static StartExecutionRequest Bind(RpcParameters p)
    {
        var flow = p["FlowName"];
        var split = flow?.IndexOf('#', StringComparison.Ordinal) ?? -1;
        return split < 0
            ? new(flow, null, p["ExecutionName"], p["Input"], p["Qualifier"], p["CallbackFnFTaskToken"])
            : new(flow![..split], flow[(split + 1)..], p["ExecutionName"], p["Input"], p["Qualifier"], p["CallbackFnFTaskToken"]);
    }

    public StartExecutionCommand ToCommand() => new(FlowName!)
    {
        ExecutionName = ExecutionName,
        Input = Input,
        Scenario = Scenario,
        Qualifier = Qualifier,
        CallbackTaskToken = CallbackFnFTaskToken,
    };
}

internal sealed class StartExecutionValidator : AbstractValidator<StartExecutionRequest>
{
    public StartExecutionValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ExecutionName).ValidName("ExecutionName");
        RuleFor(r => r.Qualifier).ValidQualifier();
    }
}

/// <summary>api.md StartExecution; the rules themselves are the registry's.</summary>
internal static class StartExecutionHandler
{
    public static IRpcAction Action { get; } = new RpcAction<StartExecutionRequest, ExecutionResponse>(
        "StartExecution", StartExecutionRequest.Bind, new StartExecutionValidator(), HandleAsync, CloudFlowJsonContext.Wire.ExecutionResponse);

    private static async Task<ExecutionResponse> HandleAsync(StartExecutionRequest r, RpcContext context)
    {
        var executions = context.Http.RequestServices.GetRequiredService<ExecutionRegistry>();
        return ExecutionResponse.From(await executions.StartAsync(context.Account, r.ToCommand()));
    }
}
