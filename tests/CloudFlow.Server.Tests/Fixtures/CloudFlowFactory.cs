using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>The real app on a temporary data directory (or a given one, to test restarts), skip clock by default.</summary>
public sealed class CloudFlowFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;
    private readonly Dictionary<string, string> _settings;

    public CloudFlowFactory()
        : this(null, null)
    {
    }

    internal CloudFlowFactory(string? dataDirectory, IDictionary<string, string>? settings)
    {
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("cloudflow-test-").FullName;
        _settings = new Dictionary<string, string>
        {
            ["CloudFlow:DataDirectory"] = DataDirectory,
            ["CloudFlow:Clock"] = "skip",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public CloudFlowClient CreateCloudFlowClient() => new(CreateClient());

    /// <summary>A client that signs every call with the given key (strict mode).</summary>
    public CloudFlowClient CreateCloudFlowClient(string accessKeyId, string accessKeySecret) => new(CreateClient(), accessKeyId, accessKeySecret);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans temp folders.
        }
    }
}
