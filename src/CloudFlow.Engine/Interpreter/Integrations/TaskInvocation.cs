using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Integrations;

/// <summary>One call of a Task state's integration: the state, its visit, and the evaluated Parameters.</summary>
public sealed record TaskInvocation(TaskState State, StateContext Context, JsonNode? Parameters);
