namespace CloudFlow.Language.Parsing;

/// <summary>Collects every problem of a definition before anything is built (the LocalStack parser's habit).</summary>
internal sealed class ProblemList
{
    private readonly List<DefinitionProblem> _problems = [];

    public bool Any => _problems.Count > 0;

    public void Add(string path, int line, string message) => _problems.Add(new DefinitionProblem(path, line, message));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new FlowDefinitionException(_problems);
        }
    }
}
