using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed class UpdateScheduleValidator : AbstractValidator<ScheduleRequest>
{
    public UpdateScheduleValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ScheduleName).Required("ScheduleName").ValidName("ScheduleName");
        RuleFor(r => r.Enable).ValidBoolean("Enable");
    }
}

/// <summary>api.md UpdateSchedule: CreateSchedule's parameters, all but the names optional; what is not given keeps its value.</summary>
internal static class UpdateScheduleHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ScheduleRequest, ScheduleResponse>(
        "UpdateSchedule", ScheduleRequest.Bind, new UpdateScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.ScheduleResponse);

    private static async Task<ScheduleResponse> HandleAsync(ScheduleRequest r, RpcContext context)
    {
        var schedules = context.Http.RequestServices.GetRequiredService<ScheduleRegistry>();
        return ScheduleResponse.From(await schedules.UpdateAsync(context.Account, r.ToCommand()));
    }
}
