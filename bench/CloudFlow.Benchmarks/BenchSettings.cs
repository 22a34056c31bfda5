namespace CloudFlow.Benchmarks;

/// <summary>How long and how much each case runs: the full run, or the smoke run CI uses to prove they still work.</summary>
internal sealed record BenchSettings
{
    public required bool Smoke { get; init; }

    /// <summary>Concurrent HttpClient loops for StartExecution and for the Kestrel baseline.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Alternating rounds of each side, <see cref="HttpDuration"/> each.</summary>
    public required int HttpRounds { get; init; }

    public required TimeSpan HttpDuration { get; init; }

    public required TimeSpan HttpWarmUp { get; init; }

    public required TimeSpan WorkloadDuration { get; init; }

    public required TimeSpan WorkloadWarmUp { get; init; }

    public required int PeerSeconds { get; init; }

    public required int StartupRuns { get; init; }

    public required int MemoryExecutions { get; init; }

    /// <summary>
    /// With <c>--only TEXT[,TEXT…]</c>, only the sections whose name contains one of the texts run (for profiling one
    /// case; <c>engine,peer</c> gives in-engine ratios).
    /// </summary>
    public IReadOnlyList<string>? Only { get; init; }

    public bool Runs(string section) => Only is null || Only.Any(text => section.Contains(text, StringComparison.OrdinalIgnoreCase));

    public static BenchSettings From(string[] args)
    {
        var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
        return (args.Contains("--smoke") ? SmokeRun : FullRun) with { Only = only };
    }

    private static BenchSettings FullRun => new()
    {
        Smoke = false,
        HttpRounds = 4,
        HttpDuration = TimeSpan.FromSeconds(5),
        HttpWarmUp = TimeSpan.FromSeconds(2),
        WorkloadDuration = TimeSpan.FromSeconds(5),
        WorkloadWarmUp = TimeSpan.FromSeconds(1),
        PeerSeconds = 5,
        StartupRuns = 5,
        MemoryExecutions = 100_000,
    };

    private static BenchSettings SmokeRun => new()
    {
        Smoke = true,
        HttpRounds = 1,
        HttpDuration = TimeSpan.FromSeconds(1),
        HttpWarmUp = TimeSpan.FromMilliseconds(200),
        WorkloadDuration = TimeSpan.FromSeconds(1),
        WorkloadWarmUp = TimeSpan.FromMilliseconds(200),
        PeerSeconds = 1,
        StartupRuns = 5,
        MemoryExecutions = 2_000,
    };
}
