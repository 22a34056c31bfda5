using CloudFlow.Engine.Registry;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// What one checkpoint writes in one transaction (decisions.md, Durability); the end of a child execution also claims
/// its parent task's slot (<paramref name="ParentSlot"/>), so a crash cannot store the end without the report.
/// </summary>
internal sealed record ExecutionCheckpoint(
    ExecutionRecord Execution,
    HistoryChunk? History,
    IReadOnlyList<KeyValuePair<string, string>> Effects,
    SlotClaim? ParentSlot = null);
