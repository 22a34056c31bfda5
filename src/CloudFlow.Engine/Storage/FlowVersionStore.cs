using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

internal sealed class FlowVersionStore(SqliteDatabase database, WriteQueue writes, DefinitionStore definitions)
{
    private const string Columns = "account, flow_name, version, definition_hash, description, created_time";

    /// <summary>
    /// Snapshots the flow's definition as the same transaction sees it, under the next number the flow never had: a
    /// deleted version's number is not reused.
    /// </summary>
    public async Task<FlowVersionRecord> PublishAsync(string account, string flow, string description, DateTimeOffset now)
    {
        FlowVersionRecord? published = null;
        await writes.WriteAsync(connection =>
        {
            using var current = connection.Command("SELECT definition_hash FROM flows WHERE account = $account AND name = $flow", ("$account", account), ("$flow", flow));
            var definition = definitions.Get(connection, current.ExecuteScalar() as string ?? throw CloudFlowException.FlowNotExists(flow));
            using var counter = connection.Command(
                """
                INSERT INTO flow_version_counters (account, flow_name, last_version) VALUES ($account, $flow, 1)
                ON CONFLICT (account, flow_name) DO UPDATE SET last_version = last_version + 1
                RETURNING last_version
                """,
                ("$account", account), ("$flow", flow));
            published = new FlowVersionRecord
            {
                Account = account, FlowName = flow, Version = (long)counter.ExecuteScalar()!, Definition = definition, Description = description, CreatedTime = now,
            };
            using var insert = connection.Command(
                $"INSERT INTO flow_versions ({Columns}) VALUES ($account, $flow, $version, $definitionHash, $description, $created)",
                ("$account", account), ("$flow", flow), ("$version", published.Version), ("$definitionHash", definition.Hash),
                ("$description", description), ("$created", now.ToUnixMs()));
            insert.ExecuteNonQuery();
        });
        return published!;
    }

    /// <summary>Deletes a version no alias routes to (api.md DeleteFlowVersion: else InvalidArgument).</summary>
    public Task DeleteAsync(string account, string flow, long version) => writes.WriteAsync(connection =>
    {
        using (var users = connection.Command(
            """
            SELECT DISTINCT a.name FROM flow_aliases a, json_each(a.routing) r
            WHERE a.account = $account AND a.flow_name = $flow AND json_extract(r.value, '$.Version') = $version
            ORDER BY a.name
            """,
            ("$account", account), ("$flow", flow), ("$version", VersionNumber.Format(version))))
        using (var reader = users.ExecuteReader())
        {
            var aliases = new List<string>();
            while (reader.Read())
            {
                aliases.Add(reader.GetString(0));
            }

            if (aliases.Count > 0)
            {
                throw CloudFlowException.InvalidArgument($"Version {version} of flow {flow} is used by alias {string.Join(", ", aliases)}.");
            }
        }

        using var delete = connection.Command(
            "DELETE FROM flow_versions WHERE account = $account AND flow_name = $flow AND version = $version",
            ("$account", account), ("$flow", flow), ("$version", version));
        if (delete.ExecuteNonQuery() == 0)
        {
            throw CloudFlowException.QualifierNotExists(flow, VersionNumber.Format(version));
        }

        DefinitionStore.SweepUnreferenced(connection);
    });

    public FlowVersionRecord? Find(string account, string flow, long version) =>
        Query("account = $account AND flow_name = $flow AND version = $version LIMIT 1", ("$account", account), ("$flow", flow), ("$version", version)).FirstOrDefault();

    /// <summary>Versions in number order from <paramref name="fromVersion"/>; one more than asked tells whether a page follows.</summary>
    public IReadOnlyList<FlowVersionRecord> List(string account, string flow, long fromVersion, int limit) =>
        Query("account = $account AND flow_name = $flow AND version >= $from ORDER BY version LIMIT $limit",
            ("$account", account), ("$flow", flow), ("$from", fromVersion), ("$limit", limit));

    private List<FlowVersionRecord> Query(string where, params (string, object?)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.Command($"SELECT {Columns} FROM flow_versions WHERE {where}", parameters);
        using var reader = command.ExecuteReader();
        var versions = new List<FlowVersionRecord>();
        while (reader.Read())
        {
            versions.Add(Read(reader, connection));
        }

        return versions;
    }

    private FlowVersionRecord Read(SqliteDataReader reader, SqliteConnection connection) => new()
    {
        Account = reader.GetString(0),
        FlowName = reader.GetString(1),
        Version = reader.GetInt64(2),
        Definition = definitions.Get(connection, reader.GetString(3)),
        Description = reader.GetString(4),
        CreatedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(5)),
    };
}
