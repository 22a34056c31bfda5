namespace CloudFlow.Benchmarks;

/// <summary>The repository this binary was built from, and the shared benchmark folder beside it.</summary>
internal sealed record RepoPaths(string Root, string SharedBench)
{
    public string ServerProject => Path.Combine(Root, "src", "CloudFlow.Server", "CloudFlow.Server.csproj");

    public string Workloads => Path.Combine(SharedBench, "workloads");

    public string Peer => Path.Combine(SharedBench, "peer");

    public static RepoPaths Find()
    {
        var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("No CloudFlow.sln above the binary or the current directory.");
        var shared = Environment.GetEnvironmentVariable("CLOUDFLOW_SHARED") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var bench = Path.Combine(shared, "bench");
        return Directory.Exists(bench)
            ? new RepoPaths(root, bench)
            : throw new InvalidOperationException($"No benchmark folder at {bench}: set CLOUDFLOW_SHARED to the shared folder.");
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CloudFlow.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
