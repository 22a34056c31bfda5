using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>
/// What an integration answered: the raw result, or (<see cref="AwaitsCallback"/>) the answer to a submission whose
/// result arrives later on the task's token. Such a submission is not journaled, so its integration must be safe to
/// call again after a restart (a sub-flow finds its child by name).
/// </summary>
public readonly record struct TaskResponse(JsonNode? Result, bool AwaitsCallback = false);
