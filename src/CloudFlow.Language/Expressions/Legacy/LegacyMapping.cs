namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>One <c>target</c>/<c>source</c> entry; the target is one literal key, dots included (fdl-legacy.md 2.5).</summary>
public sealed record LegacyMapping(string Target, LegacySource Source);
