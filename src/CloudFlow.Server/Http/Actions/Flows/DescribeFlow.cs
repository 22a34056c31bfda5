using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record DescribeFlowRequest(string? Name)
{
    public static DescribeFlowRequest Bind(RpcParameters p) => new(p["Name"]);
}

internal sealed class DescribeFlowValidator : AbstractValidator<DescribeFlowRequest>
{
    public DescribeFlowValidator() => RuleFor(r => r.Name).Required("Name").ValidName("Name");
}

internal static class DescribeFlowHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeFlowRequest, FlowResponse>(
        "DescribeFlow", DescribeFlowRequest.Bind, new DescribeFlowValidator(), HandleAsync, CloudFlowJsonContext.Wire.FlowResponse);

    private static Task<FlowResponse> HandleAsync(DescribeFlowRequest r, RpcContext context) =>
        Task.FromResult(FlowResponse.From(context.Http.RequestServices.GetRequiredService<FlowRegistry>().Get(context.Account, r.Name!)));
}
