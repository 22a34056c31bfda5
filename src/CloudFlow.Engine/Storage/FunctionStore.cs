namespace CloudFlow.Engine.Storage;

/// <summary>Local function URLs set at run time, by account and function key (<c>f</c> or <c>svc:f</c>).</summary>
internal sealed class FunctionStore(SqliteDatabase database, WriteQueue writes)
{
    public Task SaveAsync(string account, string name, string url) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "INSERT OR REPLACE INTO functions (account, name, url) VALUES ($account, $name, $url)",
            ("$account", account), ("$name", name), ("$url", url));
        command.ExecuteNonQuery();
    });

    public Task DeleteAsync(string account, string name) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "DELETE FROM functions WHERE account = $account AND name = $name", ("$account", account), ("$name", name));
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<(string Account, string Name, string Url)> LoadAll()
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT account, name, url FROM functions");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }
}
