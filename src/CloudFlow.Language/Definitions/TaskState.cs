using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 3.2 and 11.</summary>
public sealed record TaskState : StateDefinition
{
    public override StateKind Kind => StateKind.Task;

    public required string Action { get; init; }

    public TaskMode Mode { get; init; } = TaskMode.RequestComplete;

    public DataTemplate? Parameters { get; init; }

    /// <summary>Seconds; 0 means no timeout.</summary>
    public int TimeoutSeconds { get; init; }

    public Expression? TimeoutExpression { get; init; }
}
