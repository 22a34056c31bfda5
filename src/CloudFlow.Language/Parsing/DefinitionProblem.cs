namespace CloudFlow.Language.Parsing;

/// <summary>One thing wrong with a definition: where (a path like <c>States[1].Next</c> and a line) and what.</summary>
public sealed record DefinitionProblem(string Path, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path} (line {Line}): {Message}" : $"{Path}: {Message}";
}
