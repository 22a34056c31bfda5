namespace CloudFlow.Engine.Interpreter;

/// <summary>Hears when an execution turns busy (a line of work runs) or idle (every line waits).</summary>
internal interface IActivityListener
{
    void Busy();

    void Idle();
}
