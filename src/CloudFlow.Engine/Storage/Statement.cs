using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// A statement the writer runs for every execution, prepared once per connection: parsing and planning it cost more
/// than running a small insert. The command belongs to its connection, which finalizes it on close: never dispose it.
/// </summary>
internal sealed class Statement(string sql)
{
    private readonly ConditionalWeakTable<SqliteConnection, SqliteCommand> _prepared = new();

    public SqliteCommand On(SqliteConnection connection, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_prepared.TryGetValue(connection, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _prepared.Add(connection, command);
        }

        command.Parameters.Clear();
        return command.Bind(parameters);
    }
}
