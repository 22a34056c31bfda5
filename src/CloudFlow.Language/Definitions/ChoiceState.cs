namespace CloudFlow.Language.Definitions;

public sealed record ChoiceState : StateDefinition
{
    public override StateKind Kind => StateKind.Choice;

    public required IReadOnlyList<ChoiceBranch> Branches { get; init; }

    public string? Default { get; init; }
}
