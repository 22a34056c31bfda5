using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Engine.Interpreter.Legacy;

/// <summary>
/// What legacy mappings read: <c>$input</c>, <c>$local</c>, and the <c>$context</c> paths of fdl-legacy.md 2.5
/// (execution, flow and step names, and a callback task's token); other <c>$context</c> paths select nothing.
/// </summary>
internal static class LegacyScopes
{
    public static LegacyScope ForFlow(ExecutionRun run, JsonNode? input, JsonNode? local) =>
        new() { Input = input, Local = local, Context = Context(run) };

    public static LegacyScope ForStep(StateContext step, JsonNode? input, JsonNode? local)
    {
        var context = Context(step.Run);
        context["step"] = new JsonObject { ["name"] = step.State.Name };
        if (step.TaskToken is { } token)
        {
            context["task"] = new JsonObject { ["token"] = token };
        }

        return new() { Input = input, Local = local, Context = context };
    }

    private static JsonObject Context(ExecutionRun run) => new()
    {
        ["execution"] = new JsonObject { ["name"] = run.Record.Name },
        ["flow"] = new JsonObject { ["name"] = run.Record.FlowName },
    };
}
