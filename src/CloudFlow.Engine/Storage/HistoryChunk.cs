namespace CloudFlow.Engine.Storage;

/// <summary>One checkpoint's events in <see cref="HistoryChunkFormat"/>, with the ids of its first and last event.</summary>
internal sealed record HistoryChunk(long FirstEventId, long LastEventId, byte[] Bytes);
