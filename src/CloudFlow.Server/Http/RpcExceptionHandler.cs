using CloudFlow.Engine.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace CloudFlow.Server.Http;

/// <summary>The fallback: anything unexpected still answers with the envelope, never a bare 500 page.</summary>
internal sealed partial class RpcExceptionHandler(ILogger<RpcExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a fuzzer or an impatient caller): there is nobody to answer and nothing went wrong.
            return ValueTask.FromResult(true);
        }

        if (exception is BadHttpRequestException bad)
        {
            RpcResponder.WriteError(httpContext, RpcResponder.NewRequestId(), new RpcError(ErrorCodes.InvalidArgument, $"Parameter error. {bad.Message}"));
            return ValueTask.FromResult(true);
        }

        Log.Unhandled(logger, exception);
        RpcResponder.WriteError(httpContext, RpcResponder.NewRequestId(), new RpcError(ErrorCodes.InternalServerError, "An internal error has occurred. Please retry."));
        return ValueTask.FromResult(true);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
        public static partial void Unhandled(ILogger logger, Exception exception);
    }
}
