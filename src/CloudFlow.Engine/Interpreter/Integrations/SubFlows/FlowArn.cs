namespace CloudFlow.Engine.Interpreter.Integrations.SubFlows;

/// <summary><c>acs:fnf:{region}::flow/{name}</c> (fdl.md 11.2; legacy <c>acs:fnf:::flow/{name}</c>, fdl-legacy.md 3.2).</summary>
internal static class FlowArn
{
    public static string? NameOf(string? arn) =>
        arn?.Split(':', 5) is ["acs", "fnf", _, _, var resource] && resource.Split('/') is ["flow", { Length: > 0 } name] ? name : null;
}
