using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed record CreateScheduleRequest(string? FlowName, string? ScheduleName, string? CronExpression, string? Payload, string? Description, string? Enable)
{
    public static CreateScheduleRequest Bind(RpcParameters p) =>
        new(p["FlowName"], p["ScheduleName"], p["CronExpression"], p["Payload"], p["Description"], p["Enable"]);
}

internal sealed class CreateScheduleValidator : AbstractValidator<CreateScheduleRequest>
{
    public CreateScheduleValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ScheduleName).Required("ScheduleName").ValidName("ScheduleName");
        RuleFor(r => r.CronExpression).Required("CronExpression");
        RuleFor(r => r.Enable).ValidBoolean("Enable");
    }
}

/// <summary>api.md CreateSchedule: enabled unless Enable is false (Q6); the cron and the Payload are checked by the registry.</summary>
internal static class CreateScheduleHandler
{
    public static IRpcAction Action { get; } = new RpcAction<CreateScheduleRequest, ScheduleResponse>(
        "CreateSchedule", CreateScheduleRequest.Bind, new CreateScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.ScheduleResponse);

    private static async Task<ScheduleResponse> HandleAsync(CreateScheduleRequest r, RpcContext context)
    {
        var schedules = context.Http.RequestServices.GetRequiredService<ScheduleRegistry>();
        return ScheduleResponse.From(await schedules.CreateAsync(context.Account, new ScheduleCommand(r.FlowName!, r.ScheduleName!)
        {
            CronExpression = r.CronExpression,
            Payload = r.Payload,
            Description = r.Description,
            Enable = r.Enable is null ? null : bool.Parse(r.Enable),
        }));
    }
}
