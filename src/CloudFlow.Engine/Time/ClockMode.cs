namespace CloudFlow.Engine.Time;

/// <summary>decisions.md, Time and the clocks.</summary>
public enum ClockMode
{
    System,
    Skip,
    Manual,
}
