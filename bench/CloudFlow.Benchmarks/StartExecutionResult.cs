namespace CloudFlow.Benchmarks;

/// <summary>
/// Both sides of the StartExecution comparison, DescribeFlow on our server (the HTTP path without the engine's work),
/// and how long our engine took to finish what was started.
/// </summary>
internal sealed record StartExecutionResult(LoadResult Ours, LoadResult Baseline, LoadResult HttpOnly, int Concurrency, TimeSpan? Drain);
