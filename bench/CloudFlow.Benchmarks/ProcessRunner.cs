using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CloudFlow.Benchmarks;

/// <summary>Runs a command to its end (publish, npm, node) within a time limit, collecting what it prints.</summary>
internal static class ProcessRunner
{
    /// <summary>Null output means the program could not be started at all (not installed).</summary>
    public static async Task<(int ExitCode, string? Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return (-1, null);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"(stopped after {limit.TotalSeconds:0} s)");
            return (-1, Collected(output));
        }

        return (process.ExitCode, Collected(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Collected(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
