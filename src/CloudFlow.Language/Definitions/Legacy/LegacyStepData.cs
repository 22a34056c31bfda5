using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>
/// What a legacy step has that the shared state model does not say (fdl-legacy.md 2, 3, 5). Every legacy step has one;
/// current-dialect states have none.
/// </summary>
public sealed record LegacyStepData
{
    /// <summary>Null: the input is the parent's input merged with the parent's $local (fdl-legacy.md 2.3).</summary>
    public LegacyMappings? InputMappings { get; init; }

    /// <summary>Null: the output is the step's $local, or {} for parallel and foreach (fdl-legacy.md 2.4).</summary>
    public LegacyMappings? OutputMappings { get; init; }

    /// <summary>Task only: the output of a caught step; null gives {} (fdl-legacy.md 5.2, 5.3).</summary>
    public LegacyMappings? ErrorMappings { get; init; }

    /// <summary>
    /// <c>end: true</c> was written. <see cref="StateDefinition.End"/> cannot tell it from a list's last step, and only
    /// the written one ends the list enclosing a choice branch too (decisions.md, Legacy dialect).
    /// </summary>
    public bool EndsList { get; init; }

    /// <summary>Task only: the resource the step calls (fdl-legacy.md 3.2).</summary>
    public string? ResourceArn { get; init; }

    public LegacyChoice? Choice { get; init; }

    public LegacyIteration? Iteration { get; init; }

    public LegacyWait? Wait { get; init; }
}
