namespace CloudFlow.Engine.Storage;

/// <summary>
/// An outcome for a task slot of another execution, claimed in the write of a checkpoint: a child's end for the parent
/// task its CallbackFnFTaskToken names. The slot takes it only if it is empty and that execution has not ended.
/// </summary>
internal sealed class SlotClaim(long executionId, string key, string result)
{
    public long ExecutionId { get; } = executionId;

    public string Key { get; } = key;

    public string Result { get; } = result;

    /// <summary>Set by the write once committed: whether the slot took the outcome.</summary>
    public bool Claimed { get; set; }
}
