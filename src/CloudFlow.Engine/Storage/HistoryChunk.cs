namespace CloudFlow.Engine.Storage;

/// <summary>
/// One checkpoint's events in <see cref="HistoryChunkFormat"/>, with the ids of its first and last event. Its bytes
/// are on a pooled array: whoever stores the chunk returns them.
/// </summary>
internal sealed record HistoryChunk(long FirstEventId, long LastEventId, HistoryChunkBytes Bytes);
