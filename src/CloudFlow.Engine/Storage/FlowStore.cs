using System.Collections.Concurrent;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Flows, with the ones read so far kept in memory: every StartExecution and DescribeExecution reads its flow, and
/// flows change only through <see cref="SaveAsync"/> and <see cref="DeleteAsync"/>, which update the cache once committed.
/// </summary>
internal sealed class FlowStore(SqliteDatabase database, WriteQueue writes, DefinitionStore definitions)
{
    private const string Columns = "account, name, id, definition_hash, description, type, role_arn, execution_mode, external_storage_location, environment, resource_group_id, created_time, last_modified_time";

    private readonly ConcurrentDictionary<(string Account, string Name), FlowRecord> _cache = new();
    private readonly Lock _cacheLock = new();
    private long _cacheVersion;

    /// <summary>Inserts or replaces; the registry has already decided which it is.</summary>
    public async Task SaveAsync(FlowRecord flow)
    {
        await writes.WriteAsync(connection =>
        {
            using var previous = connection.Command(
                "SELECT definition_hash FROM flows WHERE account = $account AND name = $name", ("$account", flow.Account), ("$name", flow.Name));
            var replacedHash = previous.ExecuteScalar() as string;
            definitions.Store(connection, flow.Definition);
            using var command = connection.Command(
                $"INSERT OR REPLACE INTO flows ({Columns}) VALUES ($account, $name, $id, $definitionHash, $description, $type, $role, $mode, $storage, $environment, $group, $created, $modified)",
                ("$account", flow.Account), ("$name", flow.Name), ("$id", flow.Id), ("$definitionHash", flow.Definition.Hash),
                ("$description", flow.Description), ("$type", flow.Type), ("$role", flow.RoleArn), ("$mode", flow.ExecutionMode),
                ("$storage", flow.ExternalStorageLocation), ("$environment", flow.Environment), ("$group", flow.ResourceGroupId),
                ("$created", flow.CreatedTime.ToUnixMs()), ("$modified", flow.LastModifiedTime.ToUnixMs()));
            command.ExecuteNonQuery();
            if (replacedHash is not null && replacedHash != flow.Definition.Hash)
            {
                DefinitionStore.SweepUnreferenced(connection, replacedHash);
            }
        });
        Changed((flow.Account, flow.Name), flow);
    }

    /// <summary>Removes the flow with its executions, their history and effects, its mocks, versions, aliases and schedules (api.md DeleteFlow).</summary>
    public async Task DeleteAsync(string account, string name)
    {
        await writes.WriteAsync(connection =>
        {
            using var command = connection.Command(
                """
                DELETE FROM history WHERE execution_id IN (SELECT id FROM executions WHERE account = $account AND flow_name = $name);
                DELETE FROM effects WHERE execution_id IN (SELECT id FROM executions WHERE account = $account AND flow_name = $name);
                DELETE FROM executions WHERE account = $account AND flow_name = $name;
                DELETE FROM mocks WHERE account = $account AND flow_name = $name;
                DELETE FROM flow_versions WHERE account = $account AND flow_name = $name;
                DELETE FROM flow_version_counters WHERE account = $account AND flow_name = $name;
                DELETE FROM flow_aliases WHERE account = $account AND flow_name = $name;
                DELETE FROM schedules WHERE account = $account AND flow_name = $name;
                DELETE FROM flows WHERE account = $account AND name = $name;
                """,
                ("$account", account), ("$name", name));
            command.ExecuteNonQuery();
            DefinitionStore.SweepUnreferenced(connection);
        });
        Changed((account, name), null);
    }

    public FlowRecord? Find(string account, string name)
    {
        if (_cache.TryGetValue((account, name), out var cached))
        {
            return cached;
        }

        var version = Volatile.Read(ref _cacheVersion);
        FlowRecord? flow;
        using (var connection = database.Open())
        using (var command = connection.Command($"SELECT {Columns} FROM flows WHERE account = $account AND name = $name", ("$account", account), ("$name", name)))
        using (var reader = command.ExecuteReader())
        {
            flow = reader.Read() ? Read(reader, connection) : null;
        }

        lock (_cacheLock)
        {
            // A write committed while this read ran may have made it stale; the next read will see the write.
            if (flow is not null && _cacheVersion == version)
            {
                _cache.TryAdd((account, name), flow);
            }
        }

        return flow;
    }

    /// <summary>Flows in name order, starting at <paramref name="fromName"/>; one more than asked tells whether a page follows.</summary>
    public IReadOnlyList<FlowRecord> List(string account, string? fromName, int limit)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            $"SELECT {Columns} FROM flows WHERE account = $account AND name >= $from ORDER BY name LIMIT $limit",
            ("$account", account), ("$from", fromName ?? ""), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var flows = new List<FlowRecord>();
        while (reader.Read())
        {
            flows.Add(Read(reader, connection));
        }

        return flows;
    }

    private FlowRecord Read(SqliteDataReader reader, SqliteConnection connection) => new()
    {
        Account = reader.GetString(0),
        Name = reader.GetString(1),
        Id = reader.GetString(2),
        Definition = definitions.Get(connection, reader.GetString(3)),
        Description = reader.GetString(4),
        Type = reader.GetString(5),
        RoleArn = reader.StringOrNull(6),
        ExecutionMode = reader.GetString(7),
        ExternalStorageLocation = reader.StringOrNull(8),
        Environment = reader.StringOrNull(9),
        ResourceGroupId = reader.StringOrNull(10),
        CreatedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(11)),
        LastModifiedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(12)),
    };

    private void Changed((string Account, string Name) key, FlowRecord? flow)
    {
        lock (_cacheLock)
        {
            _cacheVersion++;
            if (flow is null)
            {
                _cache.TryRemove(key, out _);
            }
            else
            {
                _cache[key] = flow;
            }
        }
    }
}
