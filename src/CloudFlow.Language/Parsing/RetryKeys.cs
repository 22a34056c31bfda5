namespace CloudFlow.Language.Parsing;

/// <summary>How one spelling of a retry rule names its fields; a field without a default is required (fdl.md D21).</summary>
internal sealed record RetryKeys(string Attempts, string Interval, string Rate, string Cap)
{
    public static RetryKeys StateMachine { get; } = new("MaxAttempts", "IntervalSeconds", "BackoffRate", "MaxBackoffSeconds");

    /// <summary>The OnErrors form of fdl.md 7.6.</summary>
    public static RetryKeys OnErrors { get; } = new("MaxAttempts", "FixedBackoff", "Multiplier", "MaxBackoffSeconds");

    /// <summary>fdl-legacy.md 5.1: only <c>errors</c> is required; defaults 3 retries, 1 s, ×2, at most 86400 s.</summary>
    public static RetryKeys Legacy { get; } = new("maxAttempts", "intervalSeconds", "multiplier", "maxIntervalSeconds")
    {
        DefaultAttempts = 3,
        DefaultInterval = 1,
        DefaultRate = 2,
        DefaultCap = 86_400,
    };

    public long? DefaultAttempts { get; init; }

    public double? DefaultInterval { get; init; }

    public double DefaultRate { get; init; } = 1.0;

    public double? DefaultCap { get; init; }
}
