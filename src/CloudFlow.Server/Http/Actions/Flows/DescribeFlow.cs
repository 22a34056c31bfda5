using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record DescribeFlowRequest(string? Name, string? FlowVersion)
{
    public static DescribeFlowRequest Bind(RpcParameters p) => new(p["Name"], p["FlowVersion"]);
}

internal sealed class DescribeFlowValidator : AbstractValidator<DescribeFlowRequest>
{
    public DescribeFlowValidator()
    {
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
        RuleFor(r => r.FlowVersion).ValidVersion("FlowVersion");
    }
}

/// <summary>api.md DescribeFlow; with FlowVersion, the flow shows that version's definition.</summary>
internal static class DescribeFlowHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeFlowRequest, FlowResponse>(
        "DescribeFlow", DescribeFlowRequest.Bind, new DescribeFlowValidator(), HandleAsync, CloudFlowJsonContext.Wire.FlowResponse);

    private static Task<FlowResponse> HandleAsync(DescribeFlowRequest r, RpcContext context)
    {
        var services = context.Http.RequestServices;
        var flow = services.GetRequiredService<FlowRegistry>().Get(context.Account, r.Name!);
        if (r.FlowVersion is { } version)
        {
            flow = flow with { Definition = services.GetRequiredService<FlowVersionRegistry>().Get(context.Account, flow.Name, VersionNumber.Parse(version)).Definition };
        }

        return Task.FromResult(FlowResponse.From(flow));
    }
}
