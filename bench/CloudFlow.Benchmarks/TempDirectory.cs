using Microsoft.Data.Sqlite;

namespace CloudFlow.Benchmarks;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it.</summary>
internal sealed class TempDirectory : IDisposable
{
    private TempDirectory(string path) => Path = path;

    public string Path { get; }

    public static TempDirectory Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    public void Dispose()
    {
        // Pooled SQLite connections keep the database files open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }
}
