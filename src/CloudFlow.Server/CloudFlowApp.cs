using CloudFlow.Engine;
using Microsoft.AspNetCore.Routing.Constraints;
using CloudFlow.Server.Emulator;
using CloudFlow.Server.Hosting;
using CloudFlow.Server.Http;
using CloudFlow.Server.OpenApi;
using CloudFlow.Server.Viewer;

namespace CloudFlow.Server;

/// <summary>The composition root, shared by Program, the tests and the benchmarks.</summary>
public static class CloudFlowApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings are read once at start. Reloading them on change would watch the content root recursively: every
        // directory under the working directory (a whole repository, node_modules included) gets an inotify watch at
        // start-up, and with the default ./data inside it, every SQLite write wakes the watcher. Given first, so a
        // caller's own --hostBuilder:reloadConfigOnChange=true still wins.
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls("http://localhost:8080");
        }

        // The slim builder leaves out regex route constraints, which Swagger UI's routes use.
        builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<RegexInlineRouteConstraint>("regex"));
        builder.AddCloudFlowLogging();
        builder.Services.AddCloudFlowEmulator();
        builder.Services.AddCloudFlowEngine();
        builder.Services.AddCloudFlowHttp();
        builder.Services.AddCloudFlowOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseCloudFlowRequestLogging();
        app.UseCloudFlowOpenApi();
        app.UseCloudFlowRpc();
        app.MapGet("/health", () => TypedResults.Text("Healthy")).WithTags("Emulator");
        app.MapCloudFlowEmulator();
        app.MapCloudFlowViewer();
        app.MapCloudFlowRpc();
        return app;
    }
}
