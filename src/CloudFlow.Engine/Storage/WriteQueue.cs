using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Group commit: one writer connection drains every pending write into one transaction, so many concurrent
/// StartExecution calls share a commit. A caller's task completes only after its write is committed. The writer has
/// its own thread: a commit blocks on SQLite, and on a small machine a blocked pool thread is half the pool.
/// </summary>
internal sealed class WriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private static readonly Statement Begin = new("BEGIN IMMEDIATE");
    private static readonly Statement Commit = new("COMMIT");
    private static readonly Statement RollBack = new("ROLLBACK");
    private static readonly Statement Savepoint = new("SAVEPOINT w");
    private static readonly Statement Release = new("RELEASE w");
    private static readonly Statement Undo = new("ROLLBACK TO w");
    // Synchronous continuations: the only one is the writer thread's blocking wait, so a write wakes that thread
    // directly instead of through a thread-pool hop that would then wake it (tens of microseconds per write here).
    private readonly Channel<PendingWrite> _channel = Channel.CreateUnbounded<PendingWrite>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });
    private readonly SqliteDatabase _database;
    private readonly WalCheckpointer _checkpointer;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WriteQueue(SqliteDatabase database)
    {
        _database = database;
        _checkpointer = new WalCheckpointer(database);
        new Thread(Run) { IsBackground = true, Name = "CloudFlow writer" }.Start();
    }

    public Task WriteAsync(Action<SqliteConnection> write)
    {
        var pending = new PendingWrite(write);
        ObjectDisposedException.ThrowIf(!_channel.Writer.TryWrite(pending), this);

        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _stopped.Task;
        }
        finally
        {
            _checkpointer.Dispose();
        }
    }

    private void Run()
    {
        try
        {
            using var connection = _database.OpenForWriting();
            var batch = new List<PendingWrite>(MaxBatch);
            var reader = _channel.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                CommitBatch(connection, batch);
                batch.Clear();
                _checkpointer.Committed();
            }

            _stopped.TrySetResult();
        }
        catch (Exception e)
        {
            _stopped.TrySetException(e);
        }
    }

    /// <summary>
    /// Commits the batch in one transaction. A write rarely fails (a unique-key race, a missing row), so the batch first
    /// runs as it is; only when a write fails is it rolled back and run again with a savepoint around each write, so the
    /// failing one does not undo its neighbours.
    /// </summary>
    private static void CommitBatch(SqliteConnection connection, List<PendingWrite> batch)
    {
        try
        {
            // BEGIN/COMMIT as SQL, so the writes' commands need no transaction object.
            Begin.Run(connection);
            Exception?[]? failures = null;
            if (!TryApplyAll(connection, batch))
            {
                RollBackBatch(connection);
                Begin.Run(connection);
                failures = new Exception?[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    failures[i] = ApplyInSavepoint(connection, batch[i]);
                }
            }

            Commit.Run(connection);
            Complete(batch, failures);
        }
        catch (SqliteException e)
        {
            RollBackBatch(connection);

            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
            }
        }
    }

    private static bool TryApplyAll(SqliteConnection connection, List<PendingWrite> batch)
    {
        foreach (var pending in batch)
        {
            try
            {
                pending.Write(connection);
            }
            catch (Exception)
            {
                return false;
            }
        }

        return true;
    }

    private static void Complete(List<PendingWrite> batch, Exception?[]? failures)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures?[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult();
            }
        }
    }

    private static void RollBackBatch(SqliteConnection connection)
    {
        try
        {
            RollBack.Run(connection);
        }
        catch (SqliteException)
        {
            // The failure came before BEGIN, or SQLite already rolled back: nothing is open.
        }
    }

    private static Exception? ApplyInSavepoint(SqliteConnection connection, PendingWrite pending)
    {
        Savepoint.Run(connection);
        try
        {
            pending.Write(connection);
            Release.Run(connection);
            return null;
        }
        catch (Exception e)
        {
            Undo.Run(connection);
            Release.Run(connection);
            return e;
        }
    }

    private sealed record PendingWrite(Action<SqliteConnection> Write)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
