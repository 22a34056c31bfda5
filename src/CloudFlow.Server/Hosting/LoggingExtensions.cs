using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace CloudFlow.Server.Hosting;

/// <summary>Serilog per host (not a static bootstrap logger, so WebApplicationFactory hosts stay independent).</summary>
internal static class LoggingExtensions
{
    // Named, so reading the Serilog section does not scan every assembly of the app for sinks (a quarter of start-up).
    private static readonly ConfigurationReaderOptions SettingsAssemblies = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(LoggerSinkConfigurationDebugExtensions).Assembly,
        typeof(CompactJsonFormatter).Assembly);

    public static void AddCloudFlowLogging(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["CloudFlow:LogFormat"], "json", StringComparison.OrdinalIgnoreCase);

        // Serilog writes the console; the host's own console provider printed every line a second time.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration, SettingsAssemblies)
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
