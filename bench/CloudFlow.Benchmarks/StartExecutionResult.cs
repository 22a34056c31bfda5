namespace CloudFlow.Benchmarks;

/// <summary>Both sides of the StartExecution comparison, and how long our engine took to finish what was started.</summary>
internal sealed record StartExecutionResult(LoadResult Ours, LoadResult Baseline, int Concurrency, TimeSpan? Drain);
