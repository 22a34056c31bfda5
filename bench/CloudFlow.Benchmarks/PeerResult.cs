namespace CloudFlow.Benchmarks;

/// <summary>The peer's transitions per second by workload name, or why it could not be measured.</summary>
internal sealed record PeerResult(IReadOnlyDictionary<string, double> TransitionsPerSecond, string? Unavailable);
