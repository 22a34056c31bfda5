using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>One call of a Task state's integration: the state, its visit, the evaluated Parameters and the 1-based invocation number.</summary>
public sealed record TaskInvocation(TaskState State, StateContext Context, JsonNode? Parameters, int Number)
{
    /// <summary>Legacy tasks have no Parameters: their resource is the step's resourceArn (fdl-legacy.md 3.2).</summary>
    public bool IsLegacy => State.Legacy is not null;

    public string FlowName => Context.Run.Record.FlowName;

    public JsonNode? Parameter(string name) => IsLegacy ? null : (Parameters as JsonObject)?[name];

    /// <summary>A string parameter, or null when it is absent or not a string.</summary>
    public string? Text(string name) => Parameter(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public string? ResourceArn => IsLegacy ? State.Legacy!.ResourceArn : Text("resourceArn");

    /// <summary>The cause every integration error ends with: a mock can stand in (decisions.md, Task integrations).</summary>
    public string MockHint => $"A mock can stand in for it: PUT /_emulator/flows/{FlowName}/mocks.";

    public StateErrorException Error(string error, string cause) => new(error, $"State '{State.Name}': {cause}");
}
