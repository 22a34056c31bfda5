namespace CloudFlow.Engine.Interpreter.Integrations.FunctionCompute;

/// <summary>FC error names (fdl.md 7.1, fdl-legacy.md 5.4) and how a local function's answers map onto them (decisions.md).</summary>
internal static class FunctionComputeErrors
{
    public const string Unknown = "FC.Unknown";
    public const string ResourceExhausted = "FC.ResourceExhausted";
    public const string ResourceThrottled = "FC.ResourceThrottled";
    public const string InternalServerError = "FC.InternalServerError";
    public const string FunctionNotFound = "FC.FunctionNotFound";
    public const string InvalidArgument = "FC.InvalidArgument";

    /// <summary>How FC marks an error raised by the function itself.</summary>
    public const string ErrorTypeHeader = "X-Fc-Error-Type";

    /// <summary>The error of a non-success answer, or null for a success.</summary>
    public static (string Error, string Cause)? Of(int status, bool errorTypeHeader, string body) => (status, errorTypeHeader) switch
    {
        (_, true) => (Unknown, body),
        (429, _) => (ResourceExhausted, $"HTTP 429: {body}"),
        (503, _) => (ResourceThrottled, $"HTTP 503: {body}"),
        ( >= 200 and < 300, _) => null,
        _ => (Unknown, $"HTTP {status}: {body}"),
    };
}
