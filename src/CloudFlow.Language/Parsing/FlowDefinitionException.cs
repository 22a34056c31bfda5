namespace CloudFlow.Language.Parsing;

/// <summary>The definition is invalid; carries every problem found, so users fix them in one round.</summary>
public sealed class FlowDefinitionException(IReadOnlyList<DefinitionProblem> problems)
    : Exception("Invalid flow definition: " + string.Join("; ", problems))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}
