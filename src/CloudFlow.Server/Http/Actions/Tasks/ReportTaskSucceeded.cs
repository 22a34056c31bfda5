using System.Text.Json;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Registry;
using CloudFlow.Language.Expressions.Values;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Tasks;

internal sealed record ReportTaskSucceededRequest(string? TaskToken, string? Output)
{
    public static ReportTaskSucceededRequest Bind(RpcParameters p) => new(p["TaskToken"], p["Output"]);
}

internal sealed class ReportTaskSucceededValidator : AbstractValidator<ReportTaskSucceededRequest>
{
    public ReportTaskSucceededValidator()
    {
        RuleFor(r => r.TaskToken).Required("TaskToken");
        RuleFor(r => r.Output).Required("Output").Must(BeJson)
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. Output must be a JSON text.");
    }

    /// <summary>A missing Output is the Required rule's to report.</summary>
    private static bool BeJson(string? output)
    {
        if (output is null)
        {
            return true;
        }

        try
        {
            StrictJson.Parse(output);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>api.md ReportTaskSucceeded: Output becomes the waiting task's result (fdl.md 11.4).</summary>
internal static class ReportTaskSucceededHandler
{
    public static IRpcAction Action { get; } = new RpcAction<ReportTaskSucceededRequest, ReportTaskResponse>(
        "ReportTaskSucceeded", ReportTaskSucceededRequest.Bind, new ReportTaskSucceededValidator(), HandleAsync, CloudFlowJsonContext.Wire.ReportTaskResponse);

    private static async Task<ReportTaskResponse> HandleAsync(ReportTaskSucceededRequest r, RpcContext context)
    {
        var reports = context.Http.RequestServices.GetRequiredService<TaskReports>();
        var outcome = new TaskOutcome(StrictJson.Parse(r.Output!));
        return new ReportTaskResponse(await reports.ReportAsync(context.Account, r.TaskToken!, outcome, context.Http.RequestAborted));
    }
}
