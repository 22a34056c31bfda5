using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Parsing;

/// <summary>Retry and Catch (fdl.md 7.3, 7.4), the older OnErrors form they translate from (7.6, D16), and the bounds every retry spelling shares.</summary>
internal static class ErrorHandlingParser
{
    private const double MaxIntervalSeconds = 86_400;

    public static void Parse(YamlMap map, List<RetryRule> retry, List<CatchRule> catchRules)
    {
        foreach (var rule in map.Maps("Retry"))
        {
            if (ParseRetry(rule, rule.Strings("Errors", required: true), RetryKeys.StateMachine) is { } parsed)
            {
                retry.Add(parsed);
            }
        }

        foreach (var rule in map.Maps("Catch"))
        {
            if (ParseCatch(rule) is { } parsed)
            {
                catchRules.Add(parsed);
            }
        }

        foreach (var rule in map.Maps("OnErrors"))
        {
            if (rule.Has("Next"))
            {
                if (ParseCatch(rule) is { } parsed)
                {
                    catchRules.Add(parsed);
                }
            }
            else if (rule.Map("Retry", required: true) is { } legacyRetry)
            {
                if (ParseRetry(legacyRetry, rule.Strings("Errors", required: true), RetryKeys.OnErrors) is { } parsed)
                {
                    retry.Add(parsed);
                }
            }
        }
    }

    public static RetryRule? ParseRetry(YamlMap rule, IReadOnlyList<string> errors, RetryKeys keys)
    {
        var attempts = rule.Integer(keys.Attempts, required: keys.DefaultAttempts is null) ?? keys.DefaultAttempts;
        var interval = rule.Number(keys.Interval, required: keys.DefaultInterval is null) ?? keys.DefaultInterval;
        var rate = rule.Number(keys.Rate) ?? keys.DefaultRate;
        var cap = rule.Number(keys.Cap) ?? keys.DefaultCap;
        if (attempts is < 0)
        {
            rule.Problem(keys.Attempts, $"{keys.Attempts} must not be negative.", rule.Find(keys.Attempts));
        }

        if (interval is < 0 or > MaxIntervalSeconds)
        {
            rule.Problem(keys.Interval, $"{keys.Interval} must be between 0 and 86400.", rule.Find(keys.Interval));
        }

        if (cap is < 0 or > MaxIntervalSeconds)
        {
            rule.Problem(keys.Cap, $"{keys.Cap} must be between 0 and 86400.", rule.Find(keys.Cap));
        }

        if (rate < 1.0)
        {
            rule.Problem(keys.Rate, $"{keys.Rate} must be at least 1.", rule.Find(keys.Rate));
        }

        return attempts is null || interval is null ? null : new RetryRule
        {
            Errors = errors,
            MaxAttempts = (int)Math.Clamp(attempts.Value, 0, int.MaxValue),
            IntervalSeconds = interval.Value,
            BackoffRate = rate,
            MaxBackoffSeconds = cap,
        };
    }

    private static CatchRule? ParseCatch(YamlMap rule)
    {
        var errors = rule.Strings("Errors", required: true);
        var next = rule.String("Next", required: true);
        return next is null ? null : new CatchRule
        {
            Errors = errors,
            Next = next,
            OutputConstructor = rule.Template("OutputConstructor"),
        };
    }
}
