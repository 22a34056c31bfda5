using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

/// <summary>CreateSchedule's parameters, which UpdateSchedule takes too.</summary>
internal sealed record ScheduleRequest(string? FlowName, string? ScheduleName, string? CronExpression, string? Payload, string? Description, string? Enable)
{
    public static ScheduleRequest Bind(RpcParameters p) =>
        new(p["FlowName"], p["ScheduleName"], p["CronExpression"], p["Payload"], p["Description"], p["Enable"]);

    public ScheduleCommand ToCommand() => new(FlowName!, ScheduleName!)
    {
        CronExpression = CronExpression,
        Payload = Payload,
        Description = Description,
        Enable = Enable is null ? null : bool.Parse(Enable),
    };
}

internal sealed class CreateScheduleValidator : AbstractValidator<ScheduleRequest>
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
    public static IRpcAction Action { get; } = new RpcAction<ScheduleRequest, ScheduleResponse>(
        "CreateSchedule", ScheduleRequest.Bind, new CreateScheduleValidator(), HandleAsync, CloudFlowJsonContext.Wire.ScheduleResponse);

    private static async Task<ScheduleResponse> HandleAsync(ScheduleRequest r, RpcContext context)
    {
        var schedules = context.Http.RequestServices.GetRequiredService<ScheduleRegistry>();
        return ScheduleResponse.From(await schedules.CreateAsync(context.Account, r.ToCommand()));
    }
}
