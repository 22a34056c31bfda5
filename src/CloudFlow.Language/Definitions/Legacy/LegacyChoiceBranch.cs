using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>
/// A choice or the default (no condition): its inline steps, whose local becomes the choice's $local, then its goto
/// to a sibling of the choice step; without goto the step after the choice follows (fdl-legacy.md 3.3).
/// </summary>
public sealed record LegacyChoiceBranch
{
    public LegacyCondition? Condition { get; init; }

    public StateScope? Steps { get; init; }

    public string? Goto { get; init; }
}
