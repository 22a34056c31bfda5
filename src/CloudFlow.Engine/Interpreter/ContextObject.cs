using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>The <c>$Context</c> object (fdl.md 4.6), built fresh for each use because a JsonNode has one parent.</summary>
internal static class ContextObject
{
    public static JsonObject Build(StateContext state, JsonObject? error)
    {
        var run = state.Run;
        var current = new JsonObject
        {
            ["Name"] = state.State.Name,
            ["Input"] = state.Input?.DeepClone(),
            ["RetryCount"] = state.RetryCount,
        };
        if (error is not null)
        {
            current["Error"] = error;
        }

        if (state.TaskToken is { } token)
        {
            current["TaskToken"] = token;
        }

        return new JsonObject
        {
            ["Execution"] = new JsonObject
            {
                ["Name"] = run.Record.Name,
                ["Input"] = run.Input?.DeepClone(),
                ["RoleArn"] = run.Record.RoleArn ?? "",
            },
            ["Current"] = current,
            ["Flow"] = new JsonObject { ["Name"] = run.Record.FlowName, ["Region"] = EmulatorRegion.Id },
        };
    }
}
