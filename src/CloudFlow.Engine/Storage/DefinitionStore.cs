using CloudFlow.Engine.Registry;
using Microsoft.Data.Sqlite;

namespace CloudFlow.Engine.Storage;

/// <summary>
/// Definition texts, each stored once under its content hash and referenced by flows, versions and executions.
/// A hash always names the same text, so the texts read or written so far are kept in memory with no invalidation.
/// </summary>
internal sealed class DefinitionStore
{
    private static readonly Statement Exists = new("SELECT 1 FROM definitions WHERE hash = ?");

    private static readonly Statement Insert = new("INSERT INTO definitions (hash, text) VALUES (?, ?)");

    private readonly BoundedCache<string, DefinitionText> _cache = new(4096, StringComparer.Ordinal);

    /// <summary>
    /// Inside a write: stores the text unless it is stored already. Each row that references a definition stores it
    /// this way, since a sweep may have removed it after the flow holding it was read.
    /// </summary>
    public void Store(SqliteConnection connection, DefinitionText definition)
    {
        if (!Exists.HasRow(connection, definition.Hash))
        {
            Insert.Run(connection, definition.Hash, definition.Text);
        }

        // Kept as first seen, so readers share one text object (answers write a text they saw before at no cost).
        if (!_cache.TryGet(definition.Hash, out _))
        {
            _cache.Set(definition.Hash, definition);
        }
    }

    /// <summary>
    /// Inside a write that may have dropped the last reference to a definition: removes texts nothing references, of
    /// all texts, or only <paramref name="hash"/> when the write knows which one it let go of.
    /// </summary>
    public static void SweepUnreferenced(SqliteConnection connection, string? hash = null)
    {
        using var command = connection.Command(
            """
            DELETE FROM definitions
            WHERE ($hash IS NULL OR hash = $hash)
              AND NOT EXISTS (SELECT 1 FROM flows WHERE definition_hash = definitions.hash)
              AND NOT EXISTS (SELECT 1 FROM flow_versions WHERE definition_hash = definitions.hash)
              AND NOT EXISTS (SELECT 1 FROM executions WHERE definition_hash = definitions.hash)
            """,
            ("$hash", hash));
        command.ExecuteNonQuery();
    }

    public DefinitionText Get(SqliteConnection connection, string hash)
    {
        if (_cache.TryGet(hash, out var cached))
        {
            return cached;
        }

        using var command = connection.Command("SELECT text FROM definitions WHERE hash = $hash", ("$hash", hash));
        var text = command.ExecuteScalar() as string ?? throw new InvalidOperationException($"The stored definition {hash} is missing.");
        var definition = new DefinitionText(text, hash);
        _cache.Set(hash, definition);
        return definition;
    }
}
