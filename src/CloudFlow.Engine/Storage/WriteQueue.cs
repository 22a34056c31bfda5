using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Group commit: one writer connection drains every pending write into one transaction, so many concurrent
/// StartExecution calls share a commit. A caller's task completes only after its write is committed.
/// </summary>
/// <remarks>
/// Leader and followers: the caller that finds nobody committing commits the queue itself, on its own thread, and
/// callers arriving meanwhile wait for the next round. Handing every write to a writer thread cost two wake-ups per
/// write (the writer, then a pool thread for the caller's continuation), each tens of microseconds on these machines,
/// which is more than a small commit. A caller leads one round only: a queue that keeps filling under load is drained
/// by pool work items, a round each, so no caller waits for other callers' writes and no thread is held for long.
/// </remarks>
internal sealed class WriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private static readonly Statement Begin = new("BEGIN IMMEDIATE");
    private static readonly Statement Commit = new("COMMIT");
    private static readonly Statement RollBack = new("ROLLBACK");
    private static readonly Statement Savepoint = new("SAVEPOINT w");
    private static readonly Statement Release = new("RELEASE w");
    private static readonly Statement Undo = new("ROLLBACK TO w");
    private readonly ConcurrentQueue<PendingWrite> _pending = new();
    private readonly List<PendingWrite> _batch = new(MaxBatch);
    private readonly SqliteConnection _connection;
    private readonly Lock _closing = new();
    private bool _closed;
    private int _leading;

    public WriteQueue(SqliteDatabase database)
    {
        _connection = database.Open();
    }

    public Task WriteAsync(Action<SqliteConnection> write) => Enqueue(new PendingWrite(write, NeedsSavepoint: true));

    /// <summary>
    /// A write that needs no savepoint: SQLite undoes a failed statement alone, so this suits one statement, or
    /// statements whose effect stays right when a later one fails (storing a definition text before the row that uses it).
    /// </summary>
    public Task WriteWithoutSavepointAsync(Action<SqliteConnection> write) => Enqueue(new PendingWrite(write, NeedsSavepoint: false));

    private Task Enqueue(PendingWrite pending)
    {
        lock (_closing)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _pending.Enqueue(pending);
        }

        if (TryCommitRound())
        {
            DrainInBackground();
        }

        return pending.Completion.Task;
    }

    public ValueTask DisposeAsync()
    {
        lock (_closing)
        {
            _closed = true;
        }

        // Whoever leads now finishes its round; then what is left is committed here.
        var wait = new SpinWait();
        while (!_pending.IsEmpty || Volatile.Read(ref _leading) != 0)
        {
            if (!TryCommitRound())
            {
                wait.SpinOnce();
            }
        }

        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Commits one batch if nobody else is committing; true when writes are left for another round.</summary>
    private bool TryCommitRound()
    {
        if (_pending.IsEmpty || Interlocked.CompareExchange(ref _leading, 1, 0) != 0)
        {
            return false;
        }

        try
        {
            while (_batch.Count < MaxBatch && _pending.TryDequeue(out var next))
            {
                _batch.Add(next);
            }

            CommitBatch(_connection, _batch);
        }
        finally
        {
            _batch.Clear();

            // A full fence, so the emptiness check below cannot be read before leadership is given up.
            Interlocked.Exchange(ref _leading, 0);
        }

        // A write queued while this round ran found it leading and left its commit to the next round.
        return !_pending.IsEmpty;
    }

    private void DrainInBackground() => ThreadPool.UnsafeQueueUserWorkItem(
        static queue =>
        {
            if (queue.TryCommitRound())
            {
                queue.DrainInBackground();
            }
        },
        this,
        preferLocal: false);

    private static void CommitBatch(SqliteConnection connection, List<PendingWrite> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            // BEGIN/COMMIT as SQL, so the writes' commands need no transaction object.
            Begin.Run(connection);
            for (var i = 0; i < batch.Count; i++)
            {
                failures[i] = Apply(connection, batch[i]);
            }

            Commit.Run(connection);

            for (var i = 0; i < batch.Count; i++)
            {
                if (failures[i] is { } failure)
                {
                    batch[i].Completion.TrySetException(failure);
                }
                else
                {
                    batch[i].Completion.TrySetResult();
                }
            }
        }
        catch (Exception e)
        {
            RollBackBatch(connection);

            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
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

    // Each write gets a savepoint, so one failing write (a unique-key race) does not undo its neighbours.
    private static Exception? Apply(SqliteConnection connection, PendingWrite pending)
    {
        if (!pending.NeedsSavepoint)
        {
            try
            {
                pending.Write(connection);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }

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

    private sealed record PendingWrite(Action<SqliteConnection> Write, bool NeedsSavepoint)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
