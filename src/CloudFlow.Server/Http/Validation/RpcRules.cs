using System.Globalization;
using System.Text.RegularExpressions;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using FluentValidation;

namespace CloudFlow.Server.Http.Validation;

/// <summary>The wire's recurring parameter rules, each with its documented error code and message (api.md 2, 3, 5).</summary>
internal static partial class RpcRules
{

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.NotEmpty().WithErrorCode(ErrorCodes.MissingRequiredParams).WithMessage($"The HTTP query '{name}' must be specified.");

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule, string name) => rule.Matching(Name(), NameRule(name));

    /// <summary>The name of an execution to look up: a name, or a StartSyncExecution result's Name.</summary>
    public static IRuleBuilderOptions<T, string?> ValidExecutionName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matching(ExecutionName(), NameRule("ExecutionName"));

    public static IRuleBuilderOptions<T, string?> ValidQualifier<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matching(Qualifier(), "Qualifier must be a version number or an alias name.");

    public static IRuleBuilderOptions<T, string?> ValidVersion<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(value => value is null || VersionNumber.TryParse(value, out _))
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {name} must be a version number (1, 2, …).");

    public static IRuleBuilderOptions<T, string?> IntegerBetween<T>(this IRuleBuilder<T, string?> rule, string name, int min, int max) =>
        rule.Must(value => value is null || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {name} must be an integer from {min} to {max}.");

    public static IRuleBuilderOptions<T, string?> LengthBetween<T>(this IRuleBuilder<T, string?> rule, string name, int min, int max) =>
        rule.Must(value => value is null || value.Length >= min && value.Length <= max)
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {name} must have {min} to {max} characters.");

    /// <summary>api.md 2: booleans travel as true/false, in any case.</summary>
    public static IRuleBuilderOptions<T, string?> ValidBoolean<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(value => value is null || bool.TryParse(value, out _))
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {name} must be true or false.");

    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, string name, params string[] values) =>
        rule.Must(value => value is null || values.Contains(value, StringComparer.Ordinal))
            .WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {name} must be one of {string.Join(", ", values)}.");

    public static int IntOr(string? value, int fallback) => value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);

    private static string NameRule(string name) => $"{name} must be 1 to 128 letters, digits, '_' or '-', starting with a letter or '_'.";

    private static IRuleBuilderOptions<T, string?> Matching<T>(this IRuleBuilder<T, string?> rule, Regex pattern, string problem) =>
        rule.Matches(pattern).WithErrorCode(ErrorCodes.InvalidArgument).WithMessage($"Parameter error. {problem}");

    // Source-generated: every request checks a name or two, and the interpreted Regex that a pattern string gets was
    // the slowest part of validation.
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex Name();

    // StartSyncExecution names its runs <name>:<uuid>. Describing one is allowed, and answers ExecutionNotExists,
    // since Express executions are not stored (decisions.md, Executions and history).
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,127}(:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$")]
    private static partial Regex ExecutionName();

    // A Qualifier is a version number or an alias name; alias names follow the name rule, so they never look like numbers.
    [GeneratedRegex("^([0-9]{1,19}|[A-Za-z_][A-Za-z0-9_-]{0,127})$")]
    private static partial Regex Qualifier();
}
