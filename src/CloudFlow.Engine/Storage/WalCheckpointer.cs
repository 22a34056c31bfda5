using SQLitePCL;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Copies committed pages from the WAL into the database file on its own thread and connection while the writer goes
/// on committing. Left to the writer, every checkpoint (a thousand pages copied and two fsyncs, ~3 ms here) stopped
/// every StartExecution waiting on a commit: a third of the writer's busy time under load. The writer still runs the
/// checkpoint that lets the WAL start over, but finds most of its pages copied already (see
/// <see cref="SqliteDatabase.OpenForWriting"/>). A passive checkpoint never blocks the writer or a reader.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>At most this often: each checkpoint ends with two fsyncs, whatever it copied.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly SqliteDatabase _database;
    private readonly SemaphoreSlim _commits = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public WalCheckpointer(SqliteDatabase database)
    {
        _database = database;
        _thread = new Thread(Run) { IsBackground = true, Name = "CloudFlow checkpointer" };
        _thread.Start();
    }

    /// <summary>The writer committed: there are pages to copy. Called by the writer thread alone, so the check cannot race.</summary>
    public void Committed()
    {
        if (_commits.CurrentCount == 0)
        {
            _commits.Release();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
        _commits.Dispose();
    }

    private void Run()
    {
        using var connection = _database.OpenForWriting();
        try
        {
            while (true)
            {
                _commits.Wait(_stop.Token);
                // A failed passive checkpoint loses nothing: the pages stay in the WAL for the next one, or the writer's.
                _ = raw.sqlite3_wal_checkpoint_v2(connection.Handle!, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out _, out _);
                _stop.Token.WaitHandle.WaitOne(Interval);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the store.
        }
    }
}
