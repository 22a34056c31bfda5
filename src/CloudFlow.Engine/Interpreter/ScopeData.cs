using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// The data of one scope while it runs: its input, and what its next state starts from: the last output in the
/// current dialect, the scope's $local in the legacy one. Whatever <see cref="Current"/> holds when the scope ends
/// is what the scope gives its parent.
/// </summary>
internal sealed class ScopeData(JsonNode? input, JsonNode? current)
{
    public JsonNode? Input { get; } = input;

    public JsonNode? Current { get; set; } = current;

    /// <summary>A state ended the scope before its last state (Succeed; legacy <c>end: true</c>).</summary>
    public bool Ended { get; set; }
}
