using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Aliases;

internal sealed record DescribeFlowAliasRequest(string? FlowName, string? Name)
{
    public static DescribeFlowAliasRequest Bind(RpcParameters p) => new(p["FlowName"], p["Name"]);
}

internal sealed class DescribeFlowAliasValidator : AbstractValidator<DescribeFlowAliasRequest>
{
    public DescribeFlowAliasValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
    }
}

internal static class DescribeFlowAliasHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeFlowAliasRequest, AliasResponse>(
        "DescribeFlowAlias", DescribeFlowAliasRequest.Bind, new DescribeFlowAliasValidator(), HandleAsync, CloudFlowJsonContext.Wire.AliasResponse);

    private static Task<AliasResponse> HandleAsync(DescribeFlowAliasRequest r, RpcContext context)
    {
        var alias = context.Http.RequestServices.GetRequiredService<FlowAliasRegistry>().Get(context.Account, r.FlowName!, r.Name!);
        return Task.FromResult(new AliasResponse(FlowAliasResponse.From(alias)));
    }
}
