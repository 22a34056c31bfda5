namespace CloudFlow.Benchmarks;

/// <summary>Medians over the starts; null where no start got there in time.</summary>
internal sealed record StartupResult(int Runs, TimeSpan? OursReady, TimeSpan? OursFirstStart, TimeSpan? BaselineReady, string? Problem);
