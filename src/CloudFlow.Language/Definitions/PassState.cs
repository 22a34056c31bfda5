namespace CloudFlow.Language.Definitions;

public sealed record PassState : StateDefinition
{
    public override StateKind Kind => StateKind.Pass;
}
