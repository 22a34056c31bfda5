using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage.Migrations;

/// <summary>One step of the schema: run once, in its own transaction, on a file whose user_version is one less.</summary>
internal sealed record Migration(int Version, Action<SqliteConnection> Apply);
