using CloudFlow.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// Group commit: writes queued together share one transaction, and a write that fails there is undone alone, its
/// neighbours in the batch committed as if it had not been there.
/// </summary>
public sealed class WriteQueueTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cloudflow-writes-");

    [Fact]
    public async Task FailingWriteInABatch_IsUndoneAlone_AndItsNeighboursAreCommitted()
    {
        var database = new SqliteDatabase(_directory.FullName);
        await using (var writes = new WriteQueue(database))
        {
            using var gate = new ManualResetEventSlim();
            var holding = writes.WriteAsync(_ => gate.Wait());

            // Queued while the writer is held, so they make one batch of their own.
            var before = writes.WriteAsync(connection => Set(connection, "before"));
            var failing = writes.WriteAsync(connection =>
            {
                Set(connection, "failing");
                throw new InvalidOperationException("the write gives up after its first statement");
            });
            var after = writes.WriteAsync(connection => Set(connection, "after"));
            gate.Set();

            await holding;
            await before;
            await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
            await after;
        }

        Assert.Equal(["after", "before"], StoredKeys(database));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static void Set(SqliteConnection connection, string key)
    {
        using var command = connection.Command("INSERT INTO settings (key, value) VALUES ($key, 'v')", ("$key", key));
        command.ExecuteNonQuery();
    }

    private static List<string> StoredKeys(SqliteDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT key FROM settings WHERE key IN ('before', 'failing', 'after') ORDER BY key");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
