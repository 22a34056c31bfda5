namespace CloudFlow.Benchmarks;

/// <summary>
/// The reference server: a bare minimal-API app on the slim builder, one POST answering a small JSON object,
/// plus /health for the start-up comparison. Served in-process for throughput and as a child process
/// (this binary with <see cref="ServeFlag"/>) for start-up.
/// </summary>
internal static class KestrelBaseline
{
    public const string ServeFlag = "--baseline-server";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJsonContext.Default));
        var app = builder.Build();
        app.MapPost("/", () => TypedResults.Ok(new BaselineAnswer(Guid.NewGuid().ToString(), "Running")));
        app.MapGet("/health", () => TypedResults.Text("Healthy"));
        return app;
    }

    public static async Task<WebApplication> StartInProcessAsync()
    {
        var app = Build(["--urls=http://127.0.0.1:0"]);
        await app.StartAsync();
        return app;
    }

    public static Task ServeAsync(string[] args) => Build([.. args.Where(a => a != ServeFlag)]).RunAsync();
}
