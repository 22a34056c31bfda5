using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 3.8: a missing Code is <c>FnF.Failed</c> (D11), a missing Detail the empty string.</summary>
public sealed record FailState : StateDefinition
{
    public override StateKind Kind => StateKind.Fail;

    public string Code { get; init; } = "FnF.Failed";

    public string Detail { get; init; } = "";

    public Expression? CodeExpression { get; init; }

    public Expression? DetailExpression { get; init; }
}
