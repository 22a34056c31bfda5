namespace CloudFlow.Engine.Interpreter.Integrations.FunctionCompute;

/// <summary>
/// A function ARN with its qualifier dropped (decisions.md, Task integrations): FC 3.0
/// <c>acs:fc:{region}:{account}:functions/{f}[/qualifier]</c> gives <c>f</c>; FC 2.0 and legacy
/// <c>acs:fc:{region}:{account}:services/{svc}[.qualifier]/functions/{f}</c> give <c>svc:f</c>.
/// </summary>
internal static class FunctionArn
{
    public static string? KeyOf(string? arn)
    {
        var parts = arn?.Split(':', 5);
        if (parts is not ["acs", "fc", _, _, var resource])
        {
            return null;
        }

        return resource.Split('/') switch
        {
            ["functions", { Length: > 0 } function] => function,
            ["functions", { Length: > 0 } function, _] => function,
            ["services", { Length: > 0 } service, "functions", { Length: > 0 } function] => $"{service.Split('.')[0]}:{function}",
            _ => null,
        };
    }
}
