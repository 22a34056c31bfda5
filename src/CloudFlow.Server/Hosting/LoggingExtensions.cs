using Serilog;
using Serilog.Formatting.Compact;

namespace CloudFlow.Server.Hosting;

/// <summary>Serilog per host (not a static bootstrap logger, so WebApplicationFactory hosts stay independent).</summary>
internal static class LoggingExtensions
{
    public static void AddCloudFlowLogging(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["CloudFlow:LogFormat"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                    .Enrich.FromLogContext();
                if (json)
                {
                    logger.WriteTo.Console(new CompactJsonFormatter());
                }
                else
                {
                    logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
                }
            },
            writeToProviders: true);
    }

    public static void UseCloudFlowRequestLogging(this WebApplication app) => app.UseMiddleware<RequestLogging>();
}
