using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage.Migrations;

/// <summary>
/// Migration 2: definition texts move to one table, keyed by their content hash, that flows, versions and executions
/// reference; before, every execution stored its flow's whole text again. The three tables are rebuilt without
/// their text columns (rebuilt rather than altered: dropping a column rewrites every row, large texts included).
/// </summary>
internal static class DefinitionsStoredOnce
{
    public static Migration Migration { get; } = new(2, Apply);

    private const string Sql = """
        CREATE TABLE definitions (
            hash TEXT NOT NULL PRIMARY KEY,
            text TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO definitions (hash, text)
        SELECT sha256_hex(text), text FROM (SELECT definition AS text FROM flows UNION SELECT definition FROM flow_versions UNION SELECT flow_definition FROM executions);

        CREATE TABLE flows_rebuilt (
            account TEXT NOT NULL,
            name TEXT NOT NULL,
            id TEXT NOT NULL,
            definition_hash TEXT NOT NULL,
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
        INSERT INTO flows_rebuilt
        SELECT account, name, id, sha256_hex(definition), description, type, role_arn, execution_mode, external_storage_location, environment, resource_group_id, created_time, last_modified_time
        FROM flows;
        DROP TABLE flows;
        ALTER TABLE flows_rebuilt RENAME TO flows;
        CREATE INDEX flows_by_definition ON flows (definition_hash);

        CREATE TABLE flow_versions_rebuilt (
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            definition_hash TEXT NOT NULL,
            description TEXT NOT NULL,
            created_time INTEGER NOT NULL,
            PRIMARY KEY (account, flow_name, version)
        ) WITHOUT ROWID;
        INSERT INTO flow_versions_rebuilt
        SELECT account, flow_name, version, sha256_hex(definition), description, created_time FROM flow_versions;
        DROP TABLE flow_versions;
        ALTER TABLE flow_versions_rebuilt RENAME TO flow_versions;
        CREATE INDEX flow_versions_by_definition ON flow_versions (definition_hash);

        CREATE TABLE executions_rebuilt (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            flow_name TEXT NOT NULL,
            name TEXT NOT NULL,
            definition_hash TEXT NOT NULL,
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
        INSERT INTO executions_rebuilt
        SELECT id, account, flow_name, name, sha256_hex(flow_definition), input, output, status, started_time, stopped_time, error_code, error_cause,
               role_arn, environment, scenario, clock_offset_ms, callback_task_token, qualifier, flow_version
        FROM executions;
        DROP TABLE executions;
        ALTER TABLE executions_rebuilt RENAME TO executions;
        CREATE INDEX executions_by_start ON executions (account, flow_name, started_time DESC, name);
        CREATE INDEX executions_unfinished ON executions (status) WHERE status IN ('Starting', 'Running');
        CREATE INDEX executions_by_definition ON executions (definition_hash);
        """;

    private static void Apply(SqliteConnection connection)
    {
        connection.CreateFunction("sha256_hex", (string text) => DefinitionText.HashOf(text), isDeterministic: true);
        SqliteDatabase.Execute(connection, Sql);
    }
}
