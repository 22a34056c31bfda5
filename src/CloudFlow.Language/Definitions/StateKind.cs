namespace CloudFlow.Language.Definitions;

/// <summary>The closed set of state kinds; switches over it name every kind (CS8509 is an error).</summary>
public enum StateKind
{
    Pass,
    Task,
    Choice,
    Parallel,
    Map,
    Wait,
    Succeed,
    Fail,
}
