namespace CloudFlow.Engine.Registry;

public static class ExecutionModes
{
    public const string Standard = "Standard";
    public const string Express = "Express";
}
