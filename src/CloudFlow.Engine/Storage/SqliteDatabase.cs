using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// The data directory's SQLite file: schema on first start, pooled connections for reads. WAL with
/// synchronous=NORMAL keeps every committed transaction through a process kill (not a power cut), see docs/durability.md.
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
        using var connection = Open();
        Execute(connection, Schema.Sql);
        foreach (var (table, column, type) in Schema.AddedColumns)
        {
            using var exists = connection.Command("SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column", ("$table", table), ("$column", column));
            if ((long)exists.ExecuteScalar()! == 0)
            {
                Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {type}");
            }
        }
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
