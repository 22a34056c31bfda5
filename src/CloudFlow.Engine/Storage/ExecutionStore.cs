using System.Text;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

internal sealed class ExecutionStore(SqliteDatabase database, WriteQueue writes)
{
    private const string Columns = "id, account, flow_name, name, flow_definition, input, output, status, started_time, stopped_time, error_code, error_cause, role_arn, environment, scenario, clock_offset_ms, callback_task_token";

    private long _lastId = ReadLastId(database);

    public long NextId() => Interlocked.Increment(ref _lastId);

    /// <summary>Stores a new execution with its first events; fails with a unique-key error if the name is taken.</summary>
    public Task InsertAsync(ExecutionRecord execution, IReadOnlyList<HistoryEvent> events) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            $"INSERT INTO executions ({Columns}) VALUES ($id, $account, $flow, $name, $definition, $input, $output, $status, $started, $stopped, $error, $cause, $role, $environment, $scenario, $offset, $callback)",
            Parameters(execution));
        command.ExecuteNonQuery();
        InsertEvents(connection, execution.Id, events);
    });

    public Task CheckpointAsync(ExecutionCheckpoint checkpoint) => writes.WriteAsync(connection =>
    {
        var execution = checkpoint.Execution;
        using (var command = connection.Command(
            "UPDATE executions SET output = $output, status = $status, stopped_time = $stopped, error_code = $error, error_cause = $cause, clock_offset_ms = $offset WHERE id = $id",
            Parameters(execution)))
        {
            command.ExecuteNonQuery();
        }

        InsertEvents(connection, execution.Id, checkpoint.Events);
        foreach (var (key, result) in checkpoint.Effects)
        {
            using var effect = connection.Command(
                "INSERT OR REPLACE INTO effects (execution_id, effect_key, result) VALUES ($id, $key, $result)",
                ("$id", execution.Id), ("$key", key), ("$result", result));
            effect.ExecuteNonQuery();
        }
    });

    /// <summary>Stores an effect unless the key holds one already: the store decides which of two racing writers wins.</summary>
    public async Task<bool> TryClaimEffectAsync(long executionId, string key, string result)
    {
        var claimed = false;
        await writes.WriteAsync(connection =>
        {
            using var command = connection.Command(
                "INSERT INTO effects (execution_id, effect_key, result) VALUES ($id, $key, $result) ON CONFLICT DO NOTHING",
                ("$id", executionId), ("$key", key), ("$result", result));
            claimed = command.ExecuteNonQuery() == 1;
        });
        return claimed;
    }

    public string? FindEffect(long executionId, string key)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            "SELECT result FROM effects WHERE execution_id = $id AND effect_key = $key", ("$id", executionId), ("$key", key));
        return command.ExecuteScalar() as string;
    }

    public ExecutionRecord? Find(string account, string flowName, string name) =>
        QueryOne("account = $account AND flow_name = $flow AND name = $name", ("$account", account), ("$flow", flowName), ("$name", name));

    public ExecutionRecord? Find(long id) => QueryOne("id = $id", ("$id", id));

    public IReadOnlyList<ExecutionRecord> List(ExecutionQuery query)
    {
        var where = new StringBuilder("account = $account AND flow_name = $flow");
        var parameters = new List<(string, object?)> { ("$account", query.Account), ("$flow", query.FlowName), ("$limit", query.Limit) };
        if (query.Status is { } status)
        {
            where.Append(" AND status = $status");
            parameters.Add(("$status", status.ToString()));
        }

        if (query.StartedFrom is { } from)
        {
            where.Append(" AND started_time >= $from");
            parameters.Add(("$from", from.ToUnixMs()));
        }

        if (query.StartedTo is { } to)
        {
            where.Append(" AND started_time <= $to");
            parameters.Add(("$to", to.ToUnixMs()));
        }

        if (query.NamePrefix is { Length: > 0 } prefix)
        {
            where.Append(" AND substr(name, 1, length($prefix)) = $prefix");
            parameters.Add(("$prefix", prefix));
        }

        if (query.After is { } after)
        {
            where.Append(" AND (started_time < $afterTime OR (started_time = $afterTime AND name >= $afterName))");
            parameters.Add(("$afterTime", after.StartedMs));
            parameters.Add(("$afterName", after.Name));
        }

        return Query($"{where} ORDER BY started_time DESC, name LIMIT $limit", [.. parameters]);
    }

    public IReadOnlyList<ExecutionRecord> ListUnfinished() => Query("status IN ('Starting', 'Running') ORDER BY id");

    /// <summary>Events with EventId at least <paramref name="fromEventId"/>, in order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<HistoryEvent> ReadHistory(long executionId, long fromEventId, int limit)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            "SELECT events FROM history WHERE execution_id = $id AND last_event_id >= $from ORDER BY first_event_id",
            ("$id", executionId), ("$from", fromEventId));
        using var reader = command.ExecuteReader();
        var events = new List<HistoryEvent>();
        while (reader.Read() && events.Count < limit)
        {
            var chunk = new List<HistoryEvent>();
            HistoryCodec.Decode(reader.GetString(0), chunk);
            events.AddRange(chunk.Where(e => e.EventId >= fromEventId).Take(limit - events.Count));
        }

        return events;
    }

    public IReadOnlyDictionary<string, string> ReadEffects(long executionId)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT effect_key, result FROM effects WHERE execution_id = $id", ("$id", executionId));
        using var reader = command.ExecuteReader();
        var effects = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            effects[reader.GetString(0)] = reader.GetString(1);
        }

        return effects;
    }

    private static void InsertEvents(SqliteConnection connection, long executionId, IReadOnlyList<HistoryEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        using var command = connection.Command(
            "INSERT INTO history (execution_id, first_event_id, last_event_id, events) VALUES ($id, $first, $last, $events)",
            ("$id", executionId), ("$first", events[0].EventId), ("$last", events[^1].EventId), ("$events", HistoryCodec.Encode(events)));
        command.ExecuteNonQuery();
    }

    private static (string, object?)[] Parameters(ExecutionRecord e) =>
    [
        ("$id", e.Id), ("$account", e.Account), ("$flow", e.FlowName), ("$name", e.Name), ("$definition", e.FlowDefinition),
        ("$input", e.Input), ("$output", e.Output), ("$status", e.Status.ToString()), ("$started", e.StartedTime.ToUnixMs()),
        ("$stopped", e.StoppedTime?.ToUnixMs()), ("$error", e.ErrorCode), ("$cause", e.ErrorCause), ("$role", e.RoleArn),
        ("$environment", e.Environment), ("$scenario", e.Scenario), ("$offset", (long)e.ClockOffset.TotalMilliseconds),
        ("$callback", e.CallbackTaskToken),
    ];

    private ExecutionRecord? QueryOne(string where, params (string, object?)[] parameters) => Query(where + " LIMIT 1", parameters).FirstOrDefault();

    private List<ExecutionRecord> Query(string where, params (string, object?)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.Command($"SELECT {Columns} FROM executions WHERE {where}", parameters);
        using var reader = command.ExecuteReader();
        var executions = new List<ExecutionRecord>();
        while (reader.Read())
        {
            executions.Add(Read(reader));
        }

        return executions;
    }

    private static ExecutionRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Account = reader.GetString(1),
        FlowName = reader.GetString(2),
        Name = reader.GetString(3),
        FlowDefinition = reader.GetString(4),
        Input = reader.GetString(5),
        Output = reader.StringOrNull(6),
        Status = Enum.Parse<ExecutionStatus>(reader.GetString(7)),
        StartedTime = SqliteExtensions.FromUnixMs(reader.GetInt64(8)),
        StoppedTime = reader.IsDBNull(9) ? null : SqliteExtensions.FromUnixMs(reader.GetInt64(9)),
        ErrorCode = reader.StringOrNull(10),
        ErrorCause = reader.StringOrNull(11),
        RoleArn = reader.StringOrNull(12),
        Environment = reader.StringOrNull(13),
        Scenario = reader.StringOrNull(14),
        ClockOffset = TimeSpan.FromMilliseconds(reader.GetInt64(15)),
        CallbackTaskToken = reader.StringOrNull(16),
    };

    private static long ReadLastId(SqliteDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT COALESCE(MAX(id), 0) FROM executions");
        return (long)command.ExecuteScalar()!;
    }
}
