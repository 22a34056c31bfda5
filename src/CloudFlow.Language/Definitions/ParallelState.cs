namespace CloudFlow.Language.Definitions;

public sealed record ParallelState : StateDefinition
{
    public override StateKind Kind => StateKind.Parallel;

    public required IReadOnlyList<StateScope> Branches { get; init; }
}
