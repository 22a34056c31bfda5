namespace CloudFlow.Engine.Time;

/// <summary>
/// Lanes that one lane of an execution split into (Parallel branches, Map workers): each calls <see cref="End"/> once.
/// All but the last report their end; the last hands its turn back to the lane that split, with no moment between
/// where the execution has no running lane (manual mode's Advance would take that moment for the end of its move).
/// </summary>
public sealed class LaneGroup(int lanes, Action? laneEnded)
{
    private int _running = lanes;

    public void End()
    {
        if (Interlocked.Decrement(ref _running) > 0)
        {
            laneEnded?.Invoke();
        }
    }
}
