using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>A task step (fdl-legacy.md 3.2, 5): resource, pattern, timeout, retry, catch and errorMappings.</summary>
internal static class LegacyTaskParser
{
    public static TaskState? Parse(YamlMap map, string name, LegacySiblings siblings)
    {
        var arn = map.String("resourceArn", required: true);
        if (arn is { Length: 0 })
        {
            map.Problem("resourceArn", "'resourceArn' must not be empty.", map.Find("resourceArn"));
        }

        var mode = map.String("pattern") switch
        {
            null or "requestResponse" => TaskMode.RequestComplete,
            "sync" => TaskMode.WaitForSystemCallback,
            "waitForCallback" => TaskMode.WaitForCustomCallback,
            var other => InvalidPattern(map, other),
        };
        var timeout = map.Integer("timeoutSeconds");
        if (timeout is < 0)
        {
            map.Problem("timeoutSeconds", "timeoutSeconds must not be negative.", map.Find("timeoutSeconds"));
        }

        var retry = map.Maps("retry").Select(rule => ErrorHandlingParser.ParseRetry(rule, rule.Strings("errors", required: true), RetryKeys.Legacy)).ToList();
        var catchRules = map.Maps("catch").Select(rule => ParseCatch(rule, siblings)).ToList();
        var errorMappings = LegacyMappingParser.Parse(map, "errorMappings");
        return arn is null ? null : new TaskState
        {
            Name = name,
            Action = ActionFor(arn),
            Mode = mode,
            TimeoutSeconds = timeout is > 0 ? (int)Math.Min(timeout.Value, int.MaxValue) : 0,
            Retry = retry.OfType<RetryRule>().ToList(),
            Catch = catchRules.OfType<CatchRule>().ToList(),
            Legacy = new LegacyStepData { ResourceArn = arn, ErrorMappings = errorMappings },
        };
    }

    private static TaskMode InvalidPattern(YamlMap map, string pattern)
    {
        map.Problem("pattern", $"pattern must be requestResponse, sync or waitForCallback, not '{pattern}'.", map.Find("pattern"));
        return TaskMode.RequestComplete;
    }

    private static CatchRule? ParseCatch(YamlMap rule, LegacySiblings siblings)
    {
        var errors = rule.Strings("errors", required: true);
        return siblings.ReadGoto(rule, required: true) is { } target ? new CatchRule { Errors = errors, Next = target } : null;
    }

    /// <summary>The current dialect's Action for the services it also integrates (fdl-legacy.md 8); other ARNs name themselves.</summary>
    private static string ActionFor(string arn) => arn.Split(':') switch
    {
        ["acs", "fc", ..] => "FC:InvokeFunction",
        ["acs", "fnf", ..] => "FNF:StartExecution",
        _ => arn,
    };
}
