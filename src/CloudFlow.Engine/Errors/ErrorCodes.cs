namespace CloudFlow.Engine.Errors;

/// <summary>The API's documented error codes (api.md section 4). HTTP statuses live in the server.</summary>
public static class ErrorCodes
{
    public const string ActionNotSupported = "ActionNotSupported";
    public const string ApiVersionNotSupported = "APIVersionNotSupported";
    public const string EntityTooLarge = "EntityTooLarge";
    public const string ExecutionAlreadyExists = "ExecutionAlreadyExists";
    public const string ExecutionAlreadyCompleted = "ExecutionAlreadyCompleted";
    public const string TaskAlreadyCompleted = "TaskAlreadyCompleted";
    public const string InvalidArgument = "InvalidArgument";
    public const string MissingRequiredHeader = "MissingRequiredHeader";
    public const string MissingRequiredParams = "MissingRequiredParams";
    public const string AccessDenied = "AccessDenied";
    public const string InvalidAccessKeyId = "InvalidAccessKeyID";
    public const string RequestTimeTooSkewed = "RequestTimeTooSkewed";
    public const string SignatureNotMatch = "SignatureNotMatch";
    public const string SignatureNonceUsed = "SignatureNonceUsed";
    public const string FlowNotExists = "FlowNotExists";
    public const string ExecutionNotExists = "ExecutionNotExists";
    public const string ScheduleNotExists = "ScheduleNotExists";
    public const string FlowAlreadyExists = "FlowAlreadyExists";
    public const string ScheduleAlreadyExists = "ScheduleAlreadyExists";
    public const string ConcurrentUpdateError = "ConcurrentUpdateError";
    public const string TaskInvalidState = "TaskInvalidState";
    public const string PreconditionFailed = "PreconditionFailed";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string ResourceThrottled = "ResourceThrottled";
    public const string InternalServerError = "InternalServerError";
    public const string MethodNotAllowed = "MethodNotAllowed";
}
