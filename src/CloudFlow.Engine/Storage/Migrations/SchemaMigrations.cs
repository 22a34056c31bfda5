using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CloudFlow.Engine.Storage.Migrations;

/// <summary>
/// Brings a data directory's file to the current schema: the numbered steps it has not had yet, in order, each in
/// a transaction that also records its number in <c>PRAGMA user_version</c>, so a step interrupted by a crash is
/// undone and runs again on the next start. A new file goes through the same steps as an old one.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly Migration[] Steps = [UnnumberedSchema.Migration, DefinitionsStoredOnce.Migration, InstantStepHistoryRecords.Migration];

    public static int Current => Steps[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        foreach (var step in Steps)
        {
            // IMMEDIATE takes the write lock before the version is read: two processes opening one directory do not both run a step.
            SqliteDatabase.Execute(connection, "BEGIN IMMEDIATE");
            try
            {
                var version = UserVersion(connection);
                if (version > Current)
                {
                    throw new InvalidOperationException($"The data directory has schema version {version}, newer than this emulator's {Current}.");
                }

                if (version == step.Version - 1)
                {
                    step.Apply(connection);
                    SqliteDatabase.Execute(connection, $"PRAGMA user_version = {step.Version}");
                }

                SqliteDatabase.Execute(connection, "COMMIT");
            }
            catch when (raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                SqliteDatabase.Execute(connection, "ROLLBACK");
                throw;
            }
        }
    }

    private static long UserVersion(SqliteConnection connection)
    {
        using var command = connection.Command("PRAGMA user_version");
        return (long)command.ExecuteScalar()!;
    }
}
