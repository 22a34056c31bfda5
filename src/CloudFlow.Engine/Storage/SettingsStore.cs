namespace CloudFlow.Engine.Storage;

/// <summary>Small named values kept in the data directory (the manual clock, the task-token key).</summary>
internal sealed class SettingsStore(SqliteDatabase database, WriteQueue writes)
{
    public string? Get(string key)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT value FROM settings WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    public Task SetAsync(string key, string value) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command("INSERT OR REPLACE INTO settings (key, value) VALUES ($key, $value)", ("$key", key), ("$value", value));
        command.ExecuteNonQuery();
    });

    /// <summary>Returns the stored value, storing <paramref name="create"/>'s result the first time.</summary>
    public string GetOrCreate(string key, Func<string> create)
    {
        if (Get(key) is { } existing)
        {
            return existing;
        }

        var value = create();
        SetAsync(key, value).GetAwaiter().GetResult();
        return value;
    }
}
