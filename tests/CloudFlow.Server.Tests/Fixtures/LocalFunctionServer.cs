using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>
/// A real HTTP server on a free loopback port standing for local functions and third-party endpoints. Each test adds
/// its own handlers under fresh paths, and reads back what they received.
/// </summary>
public sealed class LocalFunctionServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, string, Task>> _handlers = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _received = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Map("/f/{key}", async (HttpContext http, string key) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            _received.GetOrAdd(key, _ => new()).Enqueue(new Received(http.Request.Method, http.Request.QueryString.Value ?? "", http.Request.ContentType, body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            await _handlers[key](http, body);
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A new endpoint; the handler gets the request and its body text.</summary>
    public string Add(Func<HttpContext, string, Task> handler)
    {
        var key = Guid.NewGuid().ToString("N");
        _handlers[key] = handler;
        return $"{BaseUrl}/f/{key}";
    }

    /// <summary>An endpoint that always answers the same status, body and headers.</summary>
    public string Answering(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) => Add(async (http, _) =>
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }

        await http.Response.WriteAsync(body);
    });

    public IReadOnlyList<Received> ReceivedBy(string url) =>
        _received.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var queue) ? [.. queue] : [];

    /// <summary>A URL on which nothing listens: the connection is refused.</summary>
    public static string RefusingUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/nothing";
    }

    public sealed record Received(string Method, string Query, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
}
