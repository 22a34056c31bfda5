using System.Diagnostics;

namespace CloudFlow.Benchmarks;

/// <summary>
/// A server started as its own process (`dotnet X.dll --urls …`) on a loopback port, its output drained and
/// dropped, killed when disposed. <see cref="SinceStart"/> runs from just before the process was started.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(2);
    private readonly Process _process;

    private ServerProcess(Process process, Stopwatch sinceStart, Uri baseAddress)
    {
        _process = process;
        SinceStart = sinceStart;
        BaseAddress = baseAddress;
    }

    public Stopwatch SinceStart { get; }

    public Uri BaseAddress { get; }

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public static ServerProcess Start(string dll, int port, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        var sinceStart = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, sinceStart, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Polls <paramref name="path"/> every <paramref name="interval"/> until it answers 200; the time since start, or null.</summary>
    public async Task<TimeSpan?> WaitForOkAsync(HttpClient http, string path, TimeSpan interval, TimeSpan limit)
    {
        while (SinceStart.Elapsed < limit && !_process.HasExited)
        {
            try
            {
                using var poll = new CancellationTokenSource(PollTimeout);
                using var response = await http.GetAsync(new Uri(BaseAddress, path), poll.Token);
                if (response.IsSuccessStatusCode)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(interval);
        }

        return null;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
