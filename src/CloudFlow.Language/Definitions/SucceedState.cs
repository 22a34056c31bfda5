namespace CloudFlow.Language.Definitions;

public sealed record SucceedState : StateDefinition
{
    public override StateKind Kind => StateKind.Succeed;
}
