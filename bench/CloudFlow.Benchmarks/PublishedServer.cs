namespace CloudFlow.Benchmarks;

/// <summary>`dotnet publish src/CloudFlow.Server -c Release` into a temp folder, once per run, for the process-level cases.</summary>
internal sealed class PublishedServer : IDisposable
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(5);
    private readonly TempDirectory _folder;

    private PublishedServer(TempDirectory folder) => _folder = folder;

    public string Dll => Path.Combine(_folder.Path, "CloudFlow.Server.dll");

    public static async Task<PublishedServer> PublishAsync(RepoPaths paths)
    {
        var folder = TempDirectory.Create("cloudflow-bench-publish-");
        var (exitCode, output) = await ProcessRunner.RunAsync(
            "dotnet", ["publish", paths.ServerProject, "-c", "Release", "-o", folder.Path, "--nologo", "-v", "quiet"], paths.Root, PublishLimit);
        if (exitCode != 0)
        {
            folder.Dispose();
            throw new InvalidOperationException($"dotnet publish failed ({exitCode}):\n{output}");
        }

        return new PublishedServer(folder);
    }

    /// <summary>Our server as users run it, with a fresh data directory and the given extra settings.</summary>
    public ServerProcess Start(string dataDirectory, int port, params (string Name, string Value)[] settings)
    {
        var environment = settings.ToDictionary(s => s.Name, s => s.Value);
        environment["CloudFlow__DataDirectory"] = dataDirectory;
        return ServerProcess.Start(Dll, port, [], environment);
    }

    public void Dispose() => _folder.Dispose();
}
