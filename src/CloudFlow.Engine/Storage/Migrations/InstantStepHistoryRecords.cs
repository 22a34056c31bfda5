namespace CloudFlow.Engine.Storage.Migrations;

/// <summary>
/// Migration 3: history rows may hold instant step records (<see cref="HistoryChunkFormat"/> version 3), which a
/// release that reads only version 2 refuses row by row. No table changes: the step's number alone makes such a
/// release refuse the whole data directory when it opens, rather than fail later on some executions' histories
/// (and at start-up on any unfinished one). Rows of version 2 stay as they are and still read.
/// </summary>
internal static class InstantStepHistoryRecords
{
    public static Migration Migration { get; } = new(3, _ => { });
}
