namespace CloudFlow.Benchmarks;

/// <summary>
/// Working sets of the server process: idle with its flow created, after a quarter of the executions, after all;
/// and the rate at which it took the StartExecution calls from <see cref="Concurrency"/> loops in another process.
/// </summary>
internal sealed record MemoryResult(
    long IdleBytes, int QuarterExecutions, long QuarterBytes, int Executions, long FinalBytes, double StartsPerSecond, int Concurrency, long Failed, string? Problem);
