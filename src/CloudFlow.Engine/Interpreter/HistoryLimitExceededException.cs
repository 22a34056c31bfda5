namespace CloudFlow.Engine.Interpreter;

/// <summary>The execution reached CloudFlow:Limits:HistoryEvents (decisions.md, Executions and history).</summary>
public sealed class HistoryLimitExceededException(int limit)
    : Exception($"The execution reached the limit of {limit} history events.");
