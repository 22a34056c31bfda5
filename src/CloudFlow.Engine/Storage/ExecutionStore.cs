using System.Text;
using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

internal sealed class ExecutionStore(SqliteDatabase database, WriteQueue writes, DefinitionStore definitions)
{
    private const string Columns = "id, account, flow_name, name, definition_hash, input, output, status, started_time, stopped_time, error_code, error_cause, role_arn, environment, scenario, clock_offset_ms, callback_task_token, qualifier, flow_version";

    private static readonly Statement InsertExecution = new(
        $"INSERT INTO executions ({Columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");

    private static readonly Statement UpdateExecution = new(
        "UPDATE executions SET output = ?, status = ?, stopped_time = ?, error_code = ?, error_cause = ?, clock_offset_ms = ? WHERE id = ?");

    private static readonly Statement InsertHistory = new("INSERT INTO history (execution_id, first_event_id, last_event_id, events) VALUES (?, ?, ?, ?)");

    private static readonly Statement InsertEffect = new("INSERT OR REPLACE INTO effects (execution_id, effect_key, result) VALUES (?, ?, ?)");

    private static readonly Statement ClaimUnfinishedSlot = new(
        "INSERT INTO effects (execution_id, effect_key, result) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM executions WHERE id = ? AND status IN ('Starting', 'Running')) ON CONFLICT DO NOTHING");

    private long _lastId = ReadLastId(database);

    public long NextId() => Interlocked.Increment(ref _lastId);

    /// <summary>
    /// An execution's first checkpoint: stores its row as the checkpoint leaves it, with the events and effects so far.
    /// False, and nothing written, if the name is taken: the unique key decides, so StartExecution reads nothing first.
    /// </summary>
    public async Task<bool> TryInsertAsync(ExecutionCheckpoint checkpoint)
    {
        var inserted = false;
        await WriteAsync(checkpoint, (connection, e) =>
        {
            definitions.Store(connection, e.FlowDefinition);
            inserted = InsertExecution.Run(
                connection,
                e.Id, e.Account, e.FlowName, e.Name, e.FlowDefinition.Hash, e.Input, e.Output, e.Status.ToString(), e.StartedTime.ToUnixMs(), e.StoppedTime?.ToUnixMs(),
                e.ErrorCode, e.ErrorCause, e.RoleArn, e.Environment, e.Scenario, (long)e.ClockOffset.TotalMilliseconds, e.CallbackTaskToken, e.Qualifier,
                e.FlowVersion) == 1;
            return inserted;
        });
        return inserted;
    }

    public Task CheckpointAsync(ExecutionCheckpoint checkpoint) => WriteAsync(checkpoint, (connection, e) =>
    {
        UpdateExecution.Run(
            connection,
            e.Output, e.Status.ToString(), e.StoppedTime?.ToUnixMs(), e.ErrorCode, e.ErrorCause, (long)e.ClockOffset.TotalMilliseconds, e.Id);
        return true;
    });

    /// <summary>
    /// One checkpoint's write: the execution's row (<paramref name="writeRow"/>, false when it wrote nothing), then the
    /// events and effects with it; the history buffer goes back to its pool however the write ends.
    /// </summary>
    private async Task WriteAsync(ExecutionCheckpoint checkpoint, Func<SqliteConnection, ExecutionRecord, bool> writeRow)
    {
        try
        {
            await writes.WriteAsync(connection =>
            {
                var id = checkpoint.Execution.Id;
                if (!writeRow(connection, checkpoint.Execution))
                {
                    return;
                }

                if (checkpoint.History is { } history)
                {
                    InsertHistory.Run(connection, id, history.FirstEventId, history.LastEventId, history.Bytes.Memory);
                }

                foreach (var (key, result) in checkpoint.Effects)
                {
                    InsertEffect.Run(connection, id, key, result);
                }

                if (checkpoint.ParentSlot is { } slot)
                {
                    slot.Claimed = ClaimUnfinishedSlot.Run(connection, slot.ExecutionId, slot.Key, slot.Result, slot.ExecutionId) == 1;
                }
            });
        }
        finally
        {
            checkpoint.History?.Bytes.Return();
        }
    }

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

        if (query.Qualifier is { } qualifier)
        {
            where.Append(" AND (qualifier = $qualifier OR flow_version = $qualifier)");
            parameters.Add(("$qualifier", qualifier));
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
            HistoryChunkReader.Read(reader.GetFieldValue<byte[]>(0), chunk);
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

    private ExecutionRecord? QueryOne(string where, params (string, object?)[] parameters) => Query(where + " LIMIT 1", parameters).FirstOrDefault();

    private List<ExecutionRecord> Query(string where, params (string, object?)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.Command($"SELECT {Columns} FROM executions WHERE {where}", parameters);
        using var reader = command.ExecuteReader();
        var executions = new List<ExecutionRecord>();
        while (reader.Read())
        {
            executions.Add(Read(reader, connection));
        }

        return executions;
    }

    private ExecutionRecord Read(SqliteDataReader reader, SqliteConnection connection) => new()
    {
        Id = reader.GetInt64(0),
        Account = reader.GetString(1),
        FlowName = reader.GetString(2),
        Name = reader.GetString(3),
        FlowDefinition = definitions.Get(connection, reader.GetString(4)),
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
        Qualifier = reader.StringOrNull(17),
        FlowVersion = reader.StringOrNull(18),
    };

    private static long ReadLastId(SqliteDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT COALESCE(MAX(id), 0) FROM executions");
        return (long)command.ExecuteScalar()!;
    }
}
