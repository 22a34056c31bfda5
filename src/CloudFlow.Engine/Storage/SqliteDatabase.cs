using CloudFlow.Engine.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// The data directory's SQLite file: schema brought up to date at start, pooled connections for reads. WAL with
/// synchronous=NORMAL keeps every committed transaction through a process kill (not a power cut), see docs/decisions.md (Durability).
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "cloudflow.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = OpenForWriting();
        Execute(connection, "PRAGMA journal_mode=WAL");
        SchemaMigrations.Apply(connection);
    }

    /// <summary>
    /// A pooled connection for reading. Every write goes through <see cref="WriteQueue"/>'s own connection, so readers
    /// skip the pragmas that only matter to a committing connection (two more statements on every DescribeExecution).
    /// </summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The writer's and the checkpointer's connection: commits and checkpoints follow synchronous=NORMAL. The writer
    /// checkpoints itself only past 4,096 WAL pages instead of SQLite's 1,000, since <see cref="WalCheckpointer"/>
    /// copies pages as they come: the writer's own checkpoint is then short, and it is the one that lets the WAL
    /// start over from its beginning, so the WAL file stays bounded.
    /// </summary>
    public SqliteConnection OpenForWriting()
    {
        var connection = Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=4096;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
