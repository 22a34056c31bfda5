namespace CloudFlow.Engine.Time;

/// <summary>One execution's time: every timestamp it writes and every wait it makes go through here.</summary>
public interface IExecutionClock
{
    DateTimeOffset Now { get; }

    /// <summary>How far this execution's time runs ahead of real time (skip mode; zero otherwise).</summary>
    TimeSpan Offset { get; }

    ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken);

    /// <summary>
    /// A timer for a deadline on something that is not a wait (task and flow timeouts): in skip mode it runs on real
    /// time (decisions.md), and in manual mode it does not count as the execution waiting.
    /// </summary>
    Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken);
}
