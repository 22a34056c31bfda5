using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage.Migrations;

/// <summary>
/// Migration 1: the schema as it stood before migrations were numbered, so a data directory of any earlier release
/// (user_version 0) reaches it: missing tables are created and columns added since are added. Times are Unix
/// milliseconds (UTC). History is stored in chunks, one row per checkpoint.
/// </summary>
internal static class UnnumberedSchema
{
    public static Migration Migration { get; } = new(1, Apply);

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS flows (
            account TEXT NOT NULL,
            name TEXT NOT NULL,
            id TEXT NOT NULL,
            definition TEXT NOT NULL,
            description TEXT NOT NULL,
            type TEXT NOT NULL,
            role_arn TEXT,
            execution_mode TEXT NOT NULL,
            external_storage_location TEXT,
            environment TEXT,
            resource_group_id TEXT,
            created_time INTEGER NOT NULL,
            last_modified_time INTEGER NOT NULL,
            PRIMARY KEY (account, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS executions (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            name TEXT NOT NULL,
            flow_definition TEXT NOT NULL,
            input TEXT NOT NULL,
            output TEXT,
            status TEXT NOT NULL,
            started_time INTEGER NOT NULL,
            stopped_time INTEGER,
            error_code TEXT,
            error_cause TEXT,
            role_arn TEXT,
            environment TEXT,
            scenario TEXT,
            clock_offset_ms INTEGER NOT NULL DEFAULT 0,
            callback_task_token TEXT,
            qualifier TEXT,
            flow_version TEXT,
            UNIQUE (account, flow_name, name)
        );
        CREATE INDEX IF NOT EXISTS executions_by_start ON executions (account, flow_name, started_time DESC, name);
        CREATE INDEX IF NOT EXISTS executions_unfinished ON executions (status) WHERE status IN ('Starting', 'Running');
        CREATE TABLE IF NOT EXISTS history (
            execution_id INTEGER NOT NULL,
            first_event_id INTEGER NOT NULL,
            last_event_id INTEGER NOT NULL,
            events TEXT NOT NULL,
            PRIMARY KEY (execution_id, first_event_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS effects (
            execution_id INTEGER NOT NULL,
            effect_key TEXT NOT NULL,
            result TEXT NOT NULL,
            PRIMARY KEY (execution_id, effect_key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mocks (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            scenario TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (account, flow_name, scenario)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS flow_versions (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            definition TEXT NOT NULL,
            description TEXT NOT NULL,
            created_time INTEGER NOT NULL,
            PRIMARY KEY (account, flow_name, version)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS flow_version_counters (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            last_version INTEGER NOT NULL,
            PRIMARY KEY (account, flow_name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS flow_aliases (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            routing TEXT NOT NULL,
            created_time INTEGER NOT NULL,
            PRIMARY KEY (account, flow_name, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS schedules (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            name TEXT NOT NULL,
            id TEXT NOT NULL,
            description TEXT NOT NULL,
            payload TEXT,
            cron_expression TEXT NOT NULL,
            enable INTEGER NOT NULL,
            created_time INTEGER NOT NULL,
            last_modified_time INTEGER NOT NULL,
            PRIMARY KEY (account, flow_name, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS functions (
            account TEXT NOT NULL,
            name TEXT NOT NULL,
            url TEXT NOT NULL,
            PRIMARY KEY (account, name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    // Added after data directories existed, so missing from older files (ALTER TABLE has no IF NOT EXISTS).
    private static readonly (string Table, string Column, string Type)[] AddedColumns =
    [
        ("executions", "callback_task_token", "TEXT"),
        ("executions", "qualifier", "TEXT"),
        ("executions", "flow_version", "TEXT"),
    ];

    private static void Apply(SqliteConnection connection)
    {
        SqliteDatabase.Execute(connection, Tables);
        foreach (var (table, column, type) in AddedColumns)
        {
            using var exists = connection.Command("SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column", ("$table", table), ("$column", column));
            if ((long)exists.ExecuteScalar()! == 0)
            {
                SqliteDatabase.Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {type}");
            }
        }
    }
}
