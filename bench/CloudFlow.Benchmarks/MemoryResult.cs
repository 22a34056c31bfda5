namespace CloudFlow.Benchmarks;

/// <summary>Working sets of the server process: idle with its flow created, after a quarter of the executions, after all.</summary>
internal sealed record MemoryResult(long IdleBytes, int QuarterExecutions, long QuarterBytes, int Executions, long FinalBytes, long Failed, string? Problem);
