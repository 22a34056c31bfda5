using CloudFlow.Engine.Storage;
using CloudFlow.Server;

namespace CloudFlow.Benchmarks;

/// <summary>
/// Our real server from the composition root, on Kestrel at a free loopback port, with durable storage in a
/// fresh directory and the skip clock. Request logging is lowered to warnings so the console is not the bottleneck.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private InProcessServer(WebApplication app, TempDirectory data)
    {
        _app = app;
        _data = data;
        BaseAddress = new Uri(app.Urls.First());
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<InProcessServer> StartAsync()
    {
        var data = TempDirectory.Create("cloudflow-bench-data-");
        var app = CloudFlowApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--CloudFlow:DataDirectory={data.Path}",
            "--CloudFlow:Clock=skip",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await app.StartAsync();
        return new InProcessServer(app, data);
    }

    /// <summary>Waits until every execution started so far has finished; false if that takes longer than <paramref name="limit"/>.</summary>
    public async Task<bool> WaitUntilIdleAsync(TimeSpan limit)
    {
        var store = Services.GetRequiredService<ExecutionStore>();
        var deadline = DateTime.UtcNow + limit;
        while (store.ListUnfinished().Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
