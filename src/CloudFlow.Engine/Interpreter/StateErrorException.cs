namespace CloudFlow.Engine.Interpreter;

/// <summary>A state failed with an error name and cause: matched by Retry and Catch (fdl.md 7).</summary>
public sealed class StateErrorException(string error, string cause) : Exception($"{error}: {cause}")
{
    public string Error { get; } = error;

    public string Cause { get; } = cause;
}
