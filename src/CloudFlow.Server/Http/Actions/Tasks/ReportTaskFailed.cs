using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Tasks;

internal sealed record ReportTaskFailedRequest(string? TaskToken, string? Error, string? Cause)
{
    public static ReportTaskFailedRequest Bind(RpcParameters p) => new(p["TaskToken"], p["Error"], p["Cause"]);
}

internal sealed class ReportTaskFailedValidator : AbstractValidator<ReportTaskFailedRequest>
{
    public ReportTaskFailedValidator()
    {
        RuleFor(r => r.TaskToken).Required("TaskToken");
        RuleFor(r => r.Error).Required("Error").LengthBetween("Error", 1, 128);
        RuleFor(r => r.Cause).LengthBetween("Cause", 1, 4096);
    }
}

/// <summary>api.md ReportTaskFailed: the waiting task fails with Error as its error name and Cause as its cause (fdl.md 7.1).</summary>
internal static class ReportTaskFailedHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ReportTaskFailedRequest, ReportTaskResponse>(
        "ReportTaskFailed", ReportTaskFailedRequest.Bind, new ReportTaskFailedValidator(), HandleAsync, CloudFlowJsonContext.Wire.ReportTaskResponse);

    private static async Task<ReportTaskResponse> HandleAsync(ReportTaskFailedRequest r, RpcContext context)
    {
        var reports = context.Http.RequestServices.GetRequiredService<TaskReports>();
        var outcome = TaskOutcome.Failed(r.Error!, r.Cause ?? "");
        return new ReportTaskResponse(await reports.ReportAsync(context.Account, r.TaskToken!, outcome, context.Http.RequestAborted));
    }
}
