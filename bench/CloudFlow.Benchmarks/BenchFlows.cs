namespace CloudFlow.Benchmarks;

internal static class BenchFlows
{
    /// <summary>The cheapest flow to run, so StartExecution and memory measure the start and the bookkeeping.</summary>
    public const string SinglePass = """
        Type: StateMachine
        SpecVersion: v1
        Name: single-pass
        StartAt: P
        States:
          - Type: Pass
            Name: P
            End: true
        """;
}
