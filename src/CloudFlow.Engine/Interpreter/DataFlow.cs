using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// How data moves into a state, out of it and through its scope. The dialects differ exactly here (fdl.md 4 against
/// fdl-legacy.md 2), so each execution picks one when it is built and the runners and most executors stay shared.
/// </summary>
internal abstract class DataFlow
{
    /// <summary>The top-level scope's input.</summary>
    public abstract JsonNode? FlowInput(ExecutionRun run);

    /// <summary>The execution's output once the top-level scope has ended.</summary>
    public abstract JsonNode? FlowOutput(ExecutionRun run, ScopeData root);

    public abstract ScopeData Open(JsonNode? input);

    public abstract EventDetail Entered(ScopeData scope);

    /// <summary>The state's input, before its own work.</summary>
    public abstract JsonNode? Input(StateContext context, ScopeData scope);

    /// <summary>The output of a state from its own work's result.</summary>
    public abstract StateExit Finish(StateContext context, JsonNode? result);

    /// <summary>The output of a state whose error a catch rule handled.</summary>
    public abstract StateExit Catch(StateContext context, ScopeData scope, CatchRule rule, StateErrorException error);

    /// <summary>Takes a finished state into its scope.</summary>
    public abstract void Advance(ScopeData scope, StateDefinition state, StepResult step);

    /// <summary>A Parallel state's result from its branches' results, in branch order.</summary>
    public abstract JsonNode Branches(JsonNode?[] results);
}
