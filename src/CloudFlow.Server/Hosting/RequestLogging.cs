using System.Diagnostics;

namespace CloudFlow.Server.Hosting;

/// <summary>
/// One line per request: method, path, Action, status and time, at Information (Error for a 5xx or an exception).
/// Serilog's request logging opened a diagnostic context per request even when the line was filtered out, which
/// cost StartExecution about a third of its rate; this does nothing but time the request when the level is off.
/// </summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!logger.IsEnabled(LogLevel.Error))
        {
            await next(http);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        catch (Exception e)
        {
            Write(http, StatusCodes.Status500InternalServerError, started, e);
            throw;
        }

        Write(http, http.Response.StatusCode, started, null);
    }

    private void Write(HttpContext http, int status, long started, Exception? failure)
    {
        var level = failure is not null || status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information;
        if (logger.IsEnabled(level))
        {
            var action = http.Request.Query["Action"].ToString();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.Responded(logger, level, failure, http.Request.Method, http.Request.Path, action, status, elapsed);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Message = "HTTP {RequestMethod} {RequestPath} {Action} responded {StatusCode} in {Elapsed:0.0000} ms")]
        public static partial void Responded(
            ILogger logger, LogLevel level, Exception? exception, string requestMethod, PathString requestPath, string action, int statusCode, double elapsed);
    }
}
