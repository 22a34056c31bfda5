using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>A finished state's output and the detail of its StepExited event (api.md Q2: <c>output</c>, or <c>local</c> in the legacy dialect).</summary>
internal readonly record struct StateExit(JsonNode? Output, EventDetail Exited);
