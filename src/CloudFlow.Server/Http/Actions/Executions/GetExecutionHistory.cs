using System.Globalization;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Executions;

internal sealed record GetExecutionHistoryRequest(string? FlowName, string? ExecutionName, string? Limit, string? NextToken)
{
    public static GetExecutionHistoryRequest Bind(RpcParameters p) => new(p["FlowName"], p["ExecutionName"], p["Limit"], p["NextToken"]);
}

internal sealed class GetExecutionHistoryValidator : AbstractValidator<GetExecutionHistoryRequest>
{
    public GetExecutionHistoryValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.ExecutionName).Required("ExecutionName").ValidExecutionName();
        RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 1000);
        RuleFor(r => r.NextToken).Must(t => t is null || long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 1)
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. NextToken is not valid.");
    }
}

/// <summary>api.md GetExecutionHistory; NextToken is the EventId of the first event not returned (Q5).</summary>
internal static class GetExecutionHistoryHandler
{
    public static IRpcAction Action { get; } = new RpcAction<GetExecutionHistoryRequest, HistoryResponse>(
        "GetExecutionHistory", GetExecutionHistoryRequest.Bind, new GetExecutionHistoryValidator(), HandleAsync, CloudFlowJsonContext.Wire.HistoryResponse);

    private static Task<HistoryResponse> HandleAsync(GetExecutionHistoryRequest r, RpcContext context)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var from = r.NextToken is null ? 1 : long.Parse(r.NextToken, CultureInfo.InvariantCulture);
        var events = context.Http.RequestServices.GetRequiredService<ExecutionRegistry>()
            .History(context.Account, r.FlowName!, r.ExecutionName!, from, limit + 1);
        var page = events.Take(limit)
            .Select(e => new EventResponse(e.EventId, e.ScheduleEventId, e.Type, e.StepName, WireFormat.Time(e.Time), e.Detail))
            .ToList();
        var next = events.Count > limit ? events[limit].EventId.ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new HistoryResponse(page, next));
    }
}
