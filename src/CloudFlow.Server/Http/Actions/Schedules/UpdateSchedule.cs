using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed record UpdateScheduleRequest(string? FlowName, string? ScheduleName, string? CronExpression, string? Payload, string? Description, string? Enable)
{
    public static UpdateScheduleRequest Bind(RpcParameters p) =>
        new(p["FlowName"], p["ScheduleName"], p["CronExpression"], p["Payload"], p["Description"], p["Enable"]);
}

internal sealed class UpdateScheduleValidator : AbstractValidator<UpdateScheduleRequest>
{
    public UpdateScheduleValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ScheduleName).Required("ScheduleName").ValidName("ScheduleName");
        RuleFor(r => r.Enable).ValidBoolean("Enable");
    }
}

/// <summary>api.md UpdateSchedule: what is not given keeps its value.</summary>
internal static class UpdateScheduleHandler
{
    public static IRpcAction Action { get; } = new RpcAction<UpdateScheduleRequest, ScheduleResponse>(
        "UpdateSchedule", UpdateScheduleRequest.Bind, new UpdateScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.ScheduleResponse);

    private static async Task<ScheduleResponse> HandleAsync(UpdateScheduleRequest r, RpcContext context)
    {
        var schedules = context.Http.RequestServices.GetRequiredService<ScheduleRegistry>();
        return ScheduleResponse.From(await schedules.UpdateAsync(context.Account, new ScheduleCommand(r.FlowName!, r.ScheduleName!)
        {
            CronExpression = string.IsNullOrEmpty(r.CronExpression) ? null : r.CronExpression,
            Payload = r.Payload,
            Description = r.Description,
            Enable = r.Enable is null ? null : bool.Parse(r.Enable),
        }));
    }
}
