using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>A foreach step's <c>iterationMapping</c> (fdl-legacy.md 3.5): each element goes into the iteration input under Item, its 0-based position under Index.</summary>
public sealed record LegacyIteration(LegacyPath Collection, string Item, string? Index);
