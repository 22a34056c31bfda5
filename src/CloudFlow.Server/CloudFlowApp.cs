namespace CloudFlow.Server;

/// <summary>The composition root, shared by Program, the tests and the benchmarks.</summary>
public static class CloudFlowApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok(new { Status = "Healthy" }));
        return app;
    }
}
