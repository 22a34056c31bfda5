namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>What a verified task token names: a flow, an execution and the slot of one Task visit (fdl.md 11.4).</summary>
internal sealed record TaskToken(string Flow, string Execution, long Slot);
