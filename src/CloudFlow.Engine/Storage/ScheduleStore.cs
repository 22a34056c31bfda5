using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>Schedules; whether one exists is decided inside the write's own transaction.</summary>
internal sealed class ScheduleStore(SqliteDatabase database, WriteQueue writes)
{
    private const string Columns = "account, flow_name, name, id, description, payload, cron_expression, enable, created_time, last_modified_time";

    public Task CreateAsync(ScheduleRecord schedule) => writes.WriteAsync(connection =>
    {
        if (Find(connection, schedule.Account, schedule.FlowName, schedule.Name) is not null)
        {
            throw new CloudFlowException(ErrorCodes.ScheduleAlreadyExists, $"The schedule {schedule.Name} already exists in flow {schedule.FlowName}.");
        }

        Save(connection, schedule);
    });

    /// <summary>Applies <paramref name="change"/> to the stored schedule and returns what was stored.</summary>
    public async Task<ScheduleRecord> UpdateAsync(string account, string flow, string name, Func<ScheduleRecord, ScheduleRecord> change)
    {
        ScheduleRecord? updated = null;
        await writes.WriteAsync(connection =>
        {
            updated = change(Find(connection, account, flow, name) ?? throw CloudFlowException.ScheduleNotExists(flow, name));
            Save(connection, updated);
        });
        return updated!;
    }

    public Task DeleteAsync(string account, string flow, string name) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "DELETE FROM schedules WHERE account = $account AND flow_name = $flow AND name = $name", ("$account", account), ("$flow", flow), ("$name", name));
        if (command.ExecuteNonQuery() == 0)
        {
            throw CloudFlowException.ScheduleNotExists(flow, name);
        }
    });

    public ScheduleRecord? Find(string account, string flow, string name)
    {
        using var connection = database.Open();
        return Find(connection, account, flow, name);
    }

    /// <summary>A flow's schedules in name order from <paramref name="fromName"/>; one more than asked tells whether a page follows.</summary>
    public IReadOnlyList<ScheduleRecord> List(string account, string flow, string? fromName, int limit)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            $"SELECT {Columns} FROM schedules WHERE account = $account AND flow_name = $flow AND name >= $from ORDER BY name LIMIT $limit",
            ("$account", account), ("$flow", flow), ("$from", fromName ?? ""), ("$limit", limit));
        return ReadAll(command);
    }

    /// <summary>Every enabled schedule of every account: what the schedule worker fires.</summary>
    public IReadOnlyList<ScheduleRecord> ListEnabled()
    {
        using var connection = database.Open();
        using var command = connection.Command($"SELECT {Columns} FROM schedules WHERE enable = 1");
        return ReadAll(command);
    }

    private static void Save(SqliteConnection connection, ScheduleRecord schedule)
    {
        using var command = connection.Command(
            $"INSERT OR REPLACE INTO schedules ({Columns}) VALUES ($account, $flow, $name, $id, $description, $payload, $cron, $enable, $created, $modified)",
            ("$account", schedule.Account), ("$flow", schedule.FlowName), ("$name", schedule.Name), ("$id", schedule.Id),
            ("$description", schedule.Description), ("$payload", schedule.Payload), ("$cron", schedule.CronExpression), ("$enable", schedule.Enable),
            ("$created", schedule.CreatedTime.ToUnixMs()), ("$modified", schedule.LastModifiedTime.ToUnixMs()));
        command.ExecuteNonQuery();
    }

    private static ScheduleRecord? Find(SqliteConnection connection, string account, string flow, string name)
    {
        using var command = connection.Command(
            $"SELECT {Columns} FROM schedules WHERE account = $account AND flow_name = $flow AND name = $name", ("$account", account), ("$flow", flow), ("$name", name));
        return ReadAll(command).FirstOrDefault();
    }

    private static List<ScheduleRecord> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var schedules = new List<ScheduleRecord>();
        while (reader.Read())
        {
            schedules.Add(new ScheduleRecord
            {
                Account = reader.GetString(0),
                FlowName = reader.GetString(1),
                Name = reader.GetString(2),
                Id = reader.GetString(3),
                Description = reader.GetString(4),
                Payload = reader.StringOrNull(5),
                CronExpression = reader.GetString(6),
                Enable = reader.GetBoolean(7),
                CreatedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(8)),
                LastModifiedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(9)),
            });
        }

        return schedules;
    }
}
