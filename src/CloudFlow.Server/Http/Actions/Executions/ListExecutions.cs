using System.Globalization;
using System.Text;
using System.Text.Json;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Executions;

internal sealed record ListExecutionsRequest(
    string? FlowName, string? Limit, string? NextToken, string? Status, string? StartedTimeBegin, string? StartedTimeEnd,
    string? ExecutionNamePrefix, string? MetadataOnly, string? Qualifier)
{
    public static ListExecutionsRequest Bind(RpcParameters p) => new(
        p["FlowName"], p["Limit"], p["NextToken"], p["Status"], p["StartedTimeBegin"], p["StartedTimeEnd"], p["ExecutionNamePrefix"], p["MetadataOnly"], p["Qualifier"]);
}

internal sealed class ListExecutionsValidator : AbstractValidator<ListExecutionsRequest>
{
    public ListExecutionsValidator()
    {
        RuleFor(r => r.FlowName).Required("FlowName").ValidName("FlowName");
        RuleFor(r => r.Limit).IntegerBetween("Limit", 1, 100);
        RuleFor(r => r.Status).Must(s => s is null || Enum.TryParse<ExecutionStatus>(s, ignoreCase: false, out _))
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. Status must be Starting, Running, Stopped, Succeeded, Failed or TimedOut.");
        RuleFor(r => r.StartedTimeBegin).Must(BeTime).WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. StartedTimeBegin must be an RFC 3339 time.");
        RuleFor(r => r.StartedTimeEnd).Must(BeTime).WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. StartedTimeEnd must be an RFC 3339 time.");
        RuleFor(r => r.MetadataOnly).ValidBoolean("MetadataOnly");
        RuleFor(r => r.Qualifier).ValidQualifier();
        RuleFor(r => r.NextToken).Must(t => t is null || ExecutionPageToken.TryDecode(t, out _)).WithErrorCode(ErrorCodes.InvalidArgument).WithMessage("Parameter error. NextToken is not valid.");
    }

    private static bool BeTime(string? value) => value is null || ExecutionPageToken.TryParseTime(value, out _);
}

/// <summary>api.md ListExecutions and Q3: newest first, then by name; the token is opaque.</summary>
internal static class ListExecutionsHandler
{
    public static ListExecutionsValidator Validator { get; } = new();

    public static IRpcAction Action { get; } = new RpcAction<ListExecutionsRequest, ListExecutionsResponse>(
        "ListExecutions", ListExecutionsRequest.Bind, Validator, HandleAsync, CloudFlowJsonContext.Wire.ListExecutionsResponse);

    /// <summary>The page a validated request asks for, and the token of the next one; the viewer pages through this too.</summary>
    public static (IReadOnlyList<ExecutionRecord> Executions, string? NextToken) ReadPage(ListExecutionsRequest r, string account, ExecutionRegistry registry)
    {
        var limit = RpcRules.IntOr(r.Limit, 60);
        var query = new ExecutionQuery(account, r.FlowName!, limit + 1)
        {
            Status = r.Status is null ? null : Enum.Parse<ExecutionStatus>(r.Status),
            StartedFrom = Time(r.StartedTimeBegin),
            StartedTo = Time(r.StartedTimeEnd),
            NamePrefix = r.ExecutionNamePrefix,
            Qualifier = r.Qualifier,
            After = r.NextToken is null ? null : ExecutionPageToken.Decode(r.NextToken),
        };
        var executions = registry.List(query);
        var next = executions.Count > limit ? ExecutionPageToken.Encode(executions[limit]) : null;
        return (executions.Take(limit).ToList(), next);
    }

    private static Task<ListExecutionsResponse> HandleAsync(ListExecutionsRequest r, RpcContext context)
    {
        var (executions, next) = ReadPage(r, context.Account, context.Http.RequestServices.GetRequiredService<ExecutionRegistry>());
        var metadataOnly = r.MetadataOnly is not null && bool.Parse(r.MetadataOnly);
        return Task.FromResult(new ListExecutionsResponse(executions.Select(e => ExecutionResponse.From(e, metadataOnly)).ToList(), next));
    }

    private static DateTimeOffset? Time(string? value) => value is not null && ExecutionPageToken.TryParseTime(value, out var time) ? time : null;
}

internal static class ExecutionPageToken
{
    public static string Encode(ExecutionRecord next) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { next.StartedTime.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), next.Name }, CloudFlowJsonContext.Wire.StringArray)));

    public static (long, string) Decode(string token) => TryDecode(token, out var position) ? position : default;

    public static bool TryDecode(string token, out (long StartedMs, string Name) position)
    {
        position = default;
        try
        {
            var parts = JsonSerializer.Deserialize(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CloudFlowJsonContext.Wire.StringArray);
            if (parts is [var ms, var name] && long.TryParse(ms, CultureInfo.InvariantCulture, out var started))
            {
                position = (started, name);
                return true;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Not a token this server issued.
        }

        return false;
    }

    public static bool TryParseTime(string value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
}
