using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed record DeleteScheduleRequest(string? FlowName, string? ScheduleName)
{
    public static DeleteScheduleRequest Bind(RpcParameters p) => new(p["FlowName"], p["ScheduleName"]);
}

internal sealed class DeleteScheduleValidator : AbstractValidator<DeleteScheduleRequest>
{
    public DeleteScheduleValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ScheduleName).Required("ScheduleName").ValidName("ScheduleName");
    }
}

internal static class DeleteScheduleHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DeleteScheduleRequest, EmptyResponse>(
        "DeleteSchedule", DeleteScheduleRequest.Bind, new DeleteScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.EmptyResponse);

    private static async Task<EmptyResponse> HandleAsync(DeleteScheduleRequest r, RpcContext context)
    {
        await context.Http.RequestServices.GetRequiredService<ScheduleRegistry>().DeleteAsync(context.Account, r.FlowName!, r.ScheduleName!);
        return new EmptyResponse();
    }
}
