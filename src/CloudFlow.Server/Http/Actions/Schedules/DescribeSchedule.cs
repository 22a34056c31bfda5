using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed record DescribeScheduleRequest(string? FlowName, string? ScheduleName)
{
    public static DescribeScheduleRequest Bind(RpcParameters p) => new(p["FlowName"], p["ScheduleName"]);
}

internal sealed class DescribeScheduleValidator : AbstractValidator<DescribeScheduleRequest>
{
    public DescribeScheduleValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ScheduleName).Required("ScheduleName").ValidName("ScheduleName");
    }
}

internal static class DescribeScheduleHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeScheduleRequest, ScheduleResponse>(
        "DescribeSchedule", DescribeScheduleRequest.Bind, new DescribeScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.ScheduleResponse);

    private static Task<ScheduleResponse> HandleAsync(DescribeScheduleRequest r, RpcContext context) =>
        Task.FromResult(ScheduleResponse.From(context.Http.RequestServices.GetRequiredService<ScheduleRegistry>().Get(context.Account, r.FlowName!, r.ScheduleName!)));
}
