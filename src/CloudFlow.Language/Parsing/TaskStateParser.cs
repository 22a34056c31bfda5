using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Parsing;

/// <summary>Task fields (fdl.md 3.2); required integration parameters per D21.</summary>
internal static class TaskStateParser
{
    public static TaskState? Parse(YamlMap map, string name)
    {
        var action = map.String("Action", required: true);
        var mode = TaskMode.RequestComplete;
        if (map.String("TaskMode") is { } modeText && !Enum.TryParse(modeText, ignoreCase: false, out mode))
        {
            map.Problem("TaskMode", $"TaskMode must be RequestComplete, WaitForSystemCallback or WaitForCustomCallback, not '{modeText}'.");
        }

        var timeout = map.Integer("Timeout");
        if (timeout is < 0 or > 604_800)
        {
            map.Problem("Timeout", "Timeout must be between 0 and 604800 seconds.");
        }

        var parameters = map.Template("Parameters");
        if (action == "FC:InvokeFunction")
        {
            RequireParameter(map, "resourceArn");
            RequireParameter(map, "invocationType");
        }

        return action is null ? null : new TaskState
        {
            Name = name,
            Action = action,
            Mode = mode,
            Parameters = parameters,
            TimeoutSeconds = timeout is > 0 and <= 604_800 ? (int)timeout : 0,
            TimeoutExpression = map.Expression("Timeout.$"),
        };
    }

    private static void RequireParameter(YamlMap map, string key)
    {
        var parameters = map.Map("Parameters");
        if (parameters is null || !(parameters.Has(key) || parameters.Has(key + ".$")))
        {
            map.Problem("Parameters", $"FC:InvokeFunction needs the parameter '{key}'.");
        }
    }
}
