using System.Diagnostics.Tracing;

namespace CloudFlow.Benchmarks;

/// <summary>
/// Bytes this process allocates, summed from the runtime's allocation ticks (one per ~100 KB a heap allocates, so a
/// count is short by at most that much per heap). <c>GC.GetTotalAllocatedBytes</c> went backwards here once Server
/// GC's dynamic heap count had removed heaps: from 15.3 GB to 7.9 GB over the in-engine run after the StartExecution
/// section, where its imprecise form did not move at all.
/// </summary>
internal sealed class AllocationMeter : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private long _bytes;

    public long AllocatedBytes => Interlocked.Read(ref _bytes);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            // Verbose is the level the allocation tick is written at.
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
            && eventData.PayloadNames?.IndexOf("AllocationAmount64") is >= 0 and var at
            && eventData.Payload?[at] is ulong bytes)
        {
            Interlocked.Add(ref _bytes, (long)bytes);
        }
    }
}
