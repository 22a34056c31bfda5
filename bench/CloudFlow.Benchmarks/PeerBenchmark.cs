using System.Text.Json.Nodes;

namespace CloudFlow.Benchmarks;

/// <summary>
/// `node bench.mjs SECONDS` of ../shared/bench/peer, run from a copy in the temp folder (shared/ is read-only).
/// The copy's node_modules is kept between runs while package-lock.json stays the same.
/// </summary>
internal sealed class PeerBenchmark(RepoPaths paths, BenchSettings settings)
{
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(5);
    private static readonly string[] PeerFiles = ["bench.mjs", "package.json", "package-lock.json"];

    public async Task<PeerResult> RunAsync()
    {
        var (_, version) = await ProcessRunner.RunAsync("node", ["--version"], paths.Root, TimeSpan.FromSeconds(30));
        if (version is null)
        {
            return Unavailable("node is not installed");
        }

        var peer = await PrepareCopyAsync();
        if (peer.Problem is not null)
        {
            return Unavailable(peer.Problem);
        }

        var limit = TimeSpan.FromSeconds((settings.PeerSeconds + 30) * 3);
        var (exitCode, output) = await ProcessRunner.RunAsync("node", ["bench.mjs", settings.PeerSeconds.ToString()], peer.Folder, limit);
        return exitCode == 0 && output is not null ? Parse(output) : Unavailable($"node bench.mjs failed ({exitCode}): {output}");
    }

    private async Task<(string Folder, string? Problem)> PrepareCopyAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "cloudflow-bench-peer");
        var folder = Path.Combine(root, "peer");
        var lockFile = Path.Combine(folder, "package-lock.json");
        var installed = Path.Combine(folder, "node_modules", ".installed-lock.json");
        Directory.CreateDirectory(folder);
        foreach (var file in PeerFiles)
        {
            File.Copy(Path.Combine(paths.Peer, file), Path.Combine(folder, file), overwrite: true);
        }

        // bench.mjs reads ../workloads, so the copy keeps the same layout.
        CopyFolder(paths.Workloads, Path.Combine(root, "workloads"));
        if (File.Exists(installed) && File.ReadAllText(installed) == File.ReadAllText(lockFile))
        {
            return (folder, null);
        }

        var (exitCode, output) = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, InstallLimit);
        if (output is null)
        {
            return (folder, "npm is not installed");
        }

        if (exitCode != 0)
        {
            return (folder, $"npm ci failed ({exitCode}): {output}");
        }

        File.Copy(lockFile, installed, overwrite: true);
        return (folder, null);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static PeerResult Parse(string output)
    {
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('{') && JsonNode.Parse(line) is { } result && result["workload"] is { } name && result["transitionsPerSecond"] is { } rate)
            {
                rates[name.GetValue<string>()] = rate.GetValue<double>();
            }
        }

        return rates.Count > 0 ? new PeerResult(rates, null) : Unavailable($"no result line in the peer's output: {output}");
    }

    private static PeerResult Unavailable(string why) => new(new Dictionary<string, double>(), why);
}
