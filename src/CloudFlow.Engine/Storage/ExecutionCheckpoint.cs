using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Storage;

/// <summary>What one checkpoint writes in one transaction (decisions.md, Durability).</summary>
internal sealed record ExecutionCheckpoint(
    ExecutionRecord Execution,
    HistoryChunk? History,
    IReadOnlyList<KeyValuePair<string, string>> Effects);
