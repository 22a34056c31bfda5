using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// What a state's own work produced: its result (a Task's raw result, a Parallel's branch map, or the input for
/// pass-through kinds), and where to go when the state itself picks (Choice) or ends its scope (Succeed).
/// </summary>
public readonly record struct StateOutcome(JsonNode? Result, string? Next = null, bool EndsScope = false)
{
    public static StateOutcome Continue(JsonNode? result) => new(result);

    public static StateOutcome Branch(string next, JsonNode? result) => new(result, next);

    public static StateOutcome EndScope(JsonNode? result) => new(result, EndsScope: true);
}
