using System.Text;

namespace CloudFlow.Server.Http.Authentication;

// Codes, statuses and message templates of api.md section 4; %s there is {0}, {1} here.
internal static class AuthenticationErrors
{
    public const string InvalidAccessKeyIdCode = "InvalidAccessKeyID";
    public const string SignatureNotMatchCode = "SignatureNotMatch";
    public const string RequestTimeTooSkewedCode = "RequestTimeTooSkewed";
    public const string SignatureNonceUsedCode = "SignatureNonceUsed";
    public const string MissingRequiredHeaderCode = "MissingRequiredHeader";
    public const string MissingRequiredParamsCode = "MissingRequiredParams";

    private const string SignatureNotMatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your access key and signing method.";
    private static readonly CompositeFormat InvalidAccessKeyIdMessage = CompositeFormat.Parse("The AccessKey ID {0} is invalid.");
    private static readonly CompositeFormat RequestTimeTooSkewedMessage =
        CompositeFormat.Parse("The difference between the request time {0} and the current time {1} is too large.");
    private static readonly CompositeFormat SignatureNonceUsedMessage = CompositeFormat.Parse("The request signature nonce '{0}' has been used.");
    private static readonly CompositeFormat MissingRequiredHeaderMessage = CompositeFormat.Parse("The HTTP header '{0}' must be specified.");
    private static readonly CompositeFormat MissingRequiredParamsMessage = CompositeFormat.Parse("The HTTP query '{0}' must be specified.");

    public static AuthenticationError InvalidAccessKeyId(string accessKeyId) =>
        new(InvalidAccessKeyIdCode, string.Format(null, InvalidAccessKeyIdMessage, accessKeyId), StatusCodes.Status403Forbidden);

    public static AuthenticationError SignatureNotMatch() =>
        new(SignatureNotMatchCode, SignatureNotMatchMessage, StatusCodes.Status403Forbidden);

    public static AuthenticationError RequestTimeTooSkewed(string requestTime, string currentTime) =>
        new(RequestTimeTooSkewedCode, string.Format(null, RequestTimeTooSkewedMessage, requestTime, currentTime), StatusCodes.Status403Forbidden);

    public static AuthenticationError SignatureNonceUsed(string nonce) =>
        new(SignatureNonceUsedCode, string.Format(null, SignatureNonceUsedMessage, nonce), StatusCodes.Status400BadRequest);

    public static AuthenticationError MissingRequiredHeader(string header) =>
        new(MissingRequiredHeaderCode, string.Format(null, MissingRequiredHeaderMessage, header), StatusCodes.Status400BadRequest);

    public static AuthenticationError MissingRequiredParams(string parameter) =>
        new(MissingRequiredParamsCode, string.Format(null, MissingRequiredParamsMessage, parameter), StatusCodes.Status400BadRequest);
}
