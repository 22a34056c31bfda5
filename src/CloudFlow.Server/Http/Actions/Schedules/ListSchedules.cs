using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Schedules;

internal sealed record ListSchedulesRequest(string? FlowName, string? Limit, string? NextToken)
{
    public static ListSchedulesRequest Bind(RpcParameters p) => new(p["FlowName"], p["Limit"], p["NextToken"]);
}

internal sealed class ListSchedulesValidator : AbstractValidator<ListSchedulesRequest>
{
    public ListSchedulesValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 1000);
    }
}

/// <summary>api.md ListSchedules: by name; NextToken is the name of the first schedule not returned.</summary>
internal static class ListSchedulesHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ListSchedulesRequest, ListSchedulesResponse>(
        "ListSchedules", ListSchedulesRequest.Bind, new ListSchedulesValidator(), HandleAsync, CloudFlowJsonContext.Wire.ListSchedulesResponse);

    private static Task<ListSchedulesResponse> HandleAsync(ListSchedulesRequest r, RpcContext context)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var schedules = context.Http.RequestServices.GetRequiredService<ScheduleRegistry>().List(context.Account, r.FlowName!, r.NextToken, limit + 1);
        var page = schedules.Take(limit).Select(ScheduleResponse.From).ToList();
        return Task.FromResult(new ListSchedulesResponse(page, schedules.Count > limit ? schedules[limit].Name : null));
    }
}
