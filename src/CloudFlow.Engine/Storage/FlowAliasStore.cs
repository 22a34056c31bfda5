using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>Aliases; every write checks, in its own transaction, that the versions it routes to exist.</summary>
internal sealed class FlowAliasStore(SqliteDatabase database, WriteQueue writes)
{
    private const string Columns = "account, flow_name, name, description, routing, created_time";

    public Task CreateAsync(FlowAliasRecord alias) => writes.WriteAsync(connection =>
    {
        if (Find(connection, alias.Account, alias.FlowName, alias.Name) is not null)
        {
            throw new CloudFlowException(ErrorCodes.FlowAlreadyExists, $"Flow {alias.FlowName}:{alias.Name} already exists.");
        }

        Save(connection, alias);
    });

    /// <summary>Applies <paramref name="change"/> to the stored alias and returns what was stored.</summary>
    public async Task<FlowAliasRecord> UpdateAsync(string account, string flow, string name, Func<FlowAliasRecord, FlowAliasRecord> change)
    {
        FlowAliasRecord? updated = null;
        await writes.WriteAsync(connection =>
        {
            var alias = Find(connection, account, flow, name) ?? throw CloudFlowException.QualifierNotExists(flow, name);
            updated = change(alias);
            Save(connection, updated);
        });
        return updated!;
    }

    public Task DeleteAsync(string account, string flow, string name) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "DELETE FROM flow_aliases WHERE account = $account AND flow_name = $flow AND name = $name", ("$account", account), ("$flow", flow), ("$name", name));
        if (command.ExecuteNonQuery() == 0)
        {
            throw CloudFlowException.QualifierNotExists(flow, name);
        }
    });

    public FlowAliasRecord? Find(string account, string flow, string name)
    {
        using var connection = database.Open();
        return Find(connection, account, flow, name);
    }

    /// <summary>Aliases in name order from <paramref name="fromName"/>; one more than asked tells whether a page follows.</summary>
    public IReadOnlyList<FlowAliasRecord> List(string account, string flow, string? fromName, int limit)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            $"SELECT {Columns} FROM flow_aliases WHERE account = $account AND flow_name = $flow AND name >= $from ORDER BY name LIMIT $limit",
            ("$account", account), ("$flow", flow), ("$from", fromName ?? ""), ("$limit", limit));
        return ReadAll(command);
    }

    private static void Save(SqliteConnection connection, FlowAliasRecord alias)
    {
        foreach (var route in alias.Routes)
        {
            using var version = connection.Command(
                "SELECT 1 FROM flow_versions WHERE account = $account AND flow_name = $flow AND version = $version",
                ("$account", alias.Account), ("$flow", alias.FlowName), ("$version", route.Version));
            _ = version.ExecuteScalar() ?? throw CloudFlowException.QualifierNotExists(alias.FlowName, VersionNumber.Format(route.Version));
        }

        using var command = connection.Command(
            $"INSERT OR REPLACE INTO flow_aliases ({Columns}) VALUES ($account, $flow, $name, $description, $routing, $created)",
            ("$account", alias.Account), ("$flow", alias.FlowName), ("$name", alias.Name), ("$description", alias.Description),
            ("$routing", AliasRouting.Encode(alias.Routes)), ("$created", alias.CreatedTime.ToUnixMs()));
        command.ExecuteNonQuery();
    }

    private static FlowAliasRecord? Find(SqliteConnection connection, string account, string flow, string name)
    {
        using var command = connection.Command(
            $"SELECT {Columns} FROM flow_aliases WHERE account = $account AND flow_name = $flow AND name = $name", ("$account", account), ("$flow", flow), ("$name", name));
        return ReadAll(command).FirstOrDefault();
    }

    private static List<FlowAliasRecord> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var aliases = new List<FlowAliasRecord>();
        while (reader.Read())
        {
            aliases.Add(new FlowAliasRecord
            {
                Account = reader.GetString(0),
                FlowName = reader.GetString(1),
                Name = reader.GetString(2),
                Description = reader.GetString(3),
                Routes = AliasRouting.Parse(reader.GetString(4)),
                CreatedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(5)),
            });
        }

        return aliases;
    }
}
