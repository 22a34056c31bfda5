using CloudFlow.Engine.Errors;

namespace CloudFlow.Server.Http;

/// <summary>The HTTP status of each documented error code (api.md section 4).</summary>
internal static class ErrorStatusMap
{
    public static int StatusOf(string code) => code switch
    {
        ErrorCodes.AccessDenied or ErrorCodes.InvalidAccessKeyId or ErrorCodes.RequestTimeTooSkewed or ErrorCodes.SignatureNotMatch => 403,
        ErrorCodes.FlowNotExists or ErrorCodes.ExecutionNotExists or ErrorCodes.ScheduleNotExists => 404,
        ErrorCodes.MethodNotAllowed => 405,
        ErrorCodes.FlowAlreadyExists or ErrorCodes.ScheduleAlreadyExists or ErrorCodes.ConcurrentUpdateError or ErrorCodes.TaskInvalidState => 409,
        ErrorCodes.PreconditionFailed => 412,
        ErrorCodes.UnsupportedMediaType => 415,
        ErrorCodes.ResourceThrottled => 429,
        ErrorCodes.InternalServerError => 500,
        _ => 400,
    };
}
