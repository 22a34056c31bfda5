namespace CloudFlow.Language.Definitions;

public enum FlowDialect
{
    /// <summary><c>Type: StateMachine</c> (fdl.md).</summary>
    StateMachine,

    /// <summary><c>type: flow</c> with <c>steps</c> (fdl-legacy.md).</summary>
    LegacyFlow,
}
