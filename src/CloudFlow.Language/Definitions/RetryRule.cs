namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 7.3.</summary>
public sealed record RetryRule
{
    public required IReadOnlyList<string> Errors { get; init; }

    public int MaxAttempts { get; init; }

    public double IntervalSeconds { get; init; }

    public double BackoffRate { get; init; } = 1.0;

    public double? MaxBackoffSeconds { get; init; }

    public bool Matches(string error) => ErrorNames.Matches(Errors, error);

    /// <summary>Delay before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var seconds = IntervalSeconds * Math.Pow(BackoffRate, retry - 1);
        if (MaxBackoffSeconds is { } cap)
        {
            seconds = Math.Min(seconds, cap);
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
