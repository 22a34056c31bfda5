using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>A state's output and the next state of its scope (null: the scope ends; <see cref="EndsScope"/>: the state ended it early).</summary>
internal readonly record struct StepResult(string? Next, JsonNode? Output, bool EndsScope = false);
