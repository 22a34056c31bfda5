using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 3.6 and 10: <c>Seconds</c> wins over <c>UntilDateTime</c>.</summary>
public sealed record WaitState : StateDefinition
{
    public override StateKind Kind => StateKind.Wait;

    public int? Seconds { get; init; }

    public Expression? SecondsExpression { get; init; }

    public DateTimeOffset? UntilDateTime { get; init; }

    public Expression? UntilDateTimeExpression { get; init; }
}
