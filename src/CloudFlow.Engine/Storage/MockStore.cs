namespace CloudFlow.Engine.Storage;

/// <summary>Mock bodies by account, flow and scenario (the empty scenario name holds the flow's own mocks).</summary>
internal sealed class MockStore(SqliteDatabase database, WriteQueue writes)
{
    public Task SaveAsync(string account, string flow, string scenario, string body) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "INSERT OR REPLACE INTO mocks (account, flow_name, scenario, body) VALUES ($account, $flow, $scenario, $body)",
            ("$account", account), ("$flow", flow), ("$scenario", scenario), ("$body", body));
        command.ExecuteNonQuery();
    });

    public Task DeleteAsync(string account, string flow, string scenario) => writes.WriteAsync(connection =>
    {
        using var command = connection.Command(
            "DELETE FROM mocks WHERE account = $account AND flow_name = $flow AND scenario = $scenario",
            ("$account", account), ("$flow", flow), ("$scenario", scenario));
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<(string Account, string Flow, string Scenario, string Body)> LoadAll()
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT account, flow_name, scenario, body FROM mocks");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
