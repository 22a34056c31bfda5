using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// A statement the single writer runs for every execution, prepared once per connection and bound by position.
/// Through <see cref="SqliteCommand"/> each run would allocate a reader and a parameter per value and look every
/// parameter up by name; the writer is the one serial part of StartExecution, so that cost caps the rate.
/// Values are bound in the order of the statement's parameters (<c>?</c>).
/// </summary>
internal sealed class Statement(string sql)
{
    private readonly ConditionalWeakTable<SqliteConnection, sqlite3_stmt> _prepared = new();

    /// <summary>Runs the statement with these values; returns the number of rows it changed.</summary>
    public int Run(SqliteConnection connection, params ReadOnlySpan<object?> values)
    {
        Step(connection, values);
        return raw.sqlite3_changes(connection.Handle!);
    }

    /// <summary>Runs a query with these values; true if it yields a row.</summary>
    public bool HasRow(SqliteConnection connection, params ReadOnlySpan<object?> values) => Step(connection, values) == raw.SQLITE_ROW;

    private int Step(SqliteConnection connection, ReadOnlySpan<object?> values)
    {
        var db = connection.Handle!;
        var statement = Prepared(connection, db);
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                Check(Bind(statement, i + 1, values[i]), db);
            }

            var rc = raw.sqlite3_step(statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return rc;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private sqlite3_stmt Prepared(SqliteConnection connection, sqlite3 db)
    {
        if (_prepared.TryGetValue(connection, out var statement))
        {
            return statement;
        }

        Check(raw.sqlite3_prepare_v2(db, sql, out statement), db);
        _prepared.Add(connection, statement);
        connection.StateChange += (_, change) =>
        {
            // Finalized with its connection, so the pooled handle carries no statement of ours.
            if (change.CurrentState == System.Data.ConnectionState.Closed && _prepared.Remove(connection))
            {
                statement.Dispose();
            }
        };
        return statement;
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text16(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        ReadOnlyMemory<byte> bytes => raw.sqlite3_bind_blob(statement, index, bytes.Span),
        _ => throw new ArgumentException($"No SQLite binding for {value.GetType()}.", nameof(value)),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
