using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>A data directory as an earlier release left it, and plain access to its file to check what an upgrade did.</summary>
internal static class OldDataDirectory
{
    /// <summary>The schema steps that release had, its <c>user_version</c> (0 before versions were numbered), then its rows.</summary>
    public static string Create(string prefix, string rows, int userVersion, params Migration[] schema)
    {
        var directory = Directory.CreateTempSubdirectory(prefix).FullName;
        using var connection = Open(directory);
        SqliteDatabase.Execute(connection, "PRAGMA journal_mode=WAL");
        foreach (var step in schema)
        {
            step.Apply(connection);
        }

        SqliteDatabase.Execute(connection, $"PRAGMA user_version = {userVersion}");
        SqliteDatabase.Execute(connection, rows);
        return directory;
    }

    public static SqliteConnection Open(string directory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "cloudflow.db")};Pooling=false");
        connection.Open();
        return connection;
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
