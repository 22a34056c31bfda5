namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>fdl-legacy.md 3.3: the first branch whose condition is true runs, else the default, else nothing.</summary>
public sealed record LegacyChoice(IReadOnlyList<LegacyChoiceBranch> Branches, LegacyChoiceBranch? Default);
