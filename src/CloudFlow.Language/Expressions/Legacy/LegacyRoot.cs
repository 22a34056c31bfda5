namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>Where a legacy path starts (fdl-legacy.md 2.5, 4): <c>$input</c> and the bare <c>$</c> both read the input in scope.</summary>
public enum LegacyRoot
{
    Input,
    Local,
    Context,
}
