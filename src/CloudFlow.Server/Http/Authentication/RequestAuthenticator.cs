using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Http.Authentication;

/// <summary>Decides which account a request belongs to (api.md 1.5, decisions.md "Accounts and authentication").</summary>
internal sealed class RequestAuthenticator(IOptions<AuthenticationOptions> options)
{
    private const string AccessKeyIdParameter = "AccessKeyId";
    private const string TimestampParameter = "Timestamp";
    private const string NonceParameter = "SignatureNonce";
    private const string AuthorizationHeader = "Authorization";
    private const string DateHeader = "x-acs-date";
    private const string NonceHeader = "x-acs-signature-nonce";
    private const string ContentHashHeader = "x-acs-content-sha256";
    private const string AcsHeaderPrefix = "x-acs-";
    private const string WireTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const int NonceCapacity = 100_000;

    // One window serves both the clock skew and the nonce memory (decisions.md).
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly AuthenticationOptions _options = options.Value;
    private readonly NonceCache _nonces = new(Window, NonceCapacity);

    public AuthenticationResult Authenticate(AuthenticationRequest request)
    {
        var header = request.Header(AuthorizationHeader);
        var authorization = header?.StartsWith(Acs3Authorization.SchemePrefix, StringComparison.Ordinal) == true ? header : null;
        if (_options.Mode == AuthenticationMode.Open)
            return AuthenticationResult.Success(AccountOf(request.Parameter(AccessKeyIdParameter) ?? CredentialOf(authorization)));
        if (request.Parameter(RpcSignature.ParameterName) is { } signature)
            return VerifyRpc(request, signature);
        if (authorization is not null)
            return VerifyAcs3(request, authorization);
        return request.Headers.Keys.Any(name => name.StartsWith(AcsHeaderPrefix, StringComparison.OrdinalIgnoreCase))
            ? AuthenticationErrors.MissingRequiredHeader(AuthorizationHeader)
            : AuthenticationErrors.MissingRequiredParams(RpcSignature.ParameterName);
    }

    private string AccountOf(string? accessKeyId) =>
        accessKeyId is not null && _options.TryGetKey(accessKeyId, out var key) ? key.Account : _options.DefaultAccount;

    private static string? CredentialOf(string? authorization) =>
        authorization is not null && Acs3Authorization.TryParse(authorization, out var parsed) ? parsed.AccessKeyId : null;

    private AuthenticationResult VerifyRpc(AuthenticationRequest request, string signature)
    {
        if (request.Parameter(AccessKeyIdParameter) is not { } accessKeyId)
            return AuthenticationErrors.MissingRequiredParams(AccessKeyIdParameter);
        if (request.Parameter(TimestampParameter) is not { } timestamp)
            return AuthenticationErrors.MissingRequiredParams(TimestampParameter);
        if (request.Parameter(NonceParameter) is not { } nonce)
            return AuthenticationErrors.MissingRequiredParams(NonceParameter);
        if (!_options.TryGetKey(accessKeyId, out var key))
            return AuthenticationErrors.InvalidAccessKeyId(accessKeyId);
        var expected = RpcSignature.Compute(request.Method, request.Query.Concat(request.Body), key.Secret);
        return Matches(expected, signature)
            ? Admit(request.Now, timestamp, nonce, key.Account)
            : AuthenticationErrors.SignatureNotMatch();
    }

    private AuthenticationResult VerifyAcs3(AuthenticationRequest request, string header)
    {
        if (!Acs3Authorization.TryParse(header, out var authorization) || authorization.Algorithm != Acs3Signature.Algorithm)
            return AuthenticationErrors.SignatureNotMatch();
        if (request.Header(DateHeader) is not { } date)
            return AuthenticationErrors.MissingRequiredHeader(DateHeader);
        if (request.Header(NonceHeader) is not { } nonce)
            return AuthenticationErrors.MissingRequiredHeader(NonceHeader);
        if (request.Header(ContentHashHeader) is not { } contentHash)
            return AuthenticationErrors.MissingRequiredHeader(ContentHashHeader);
        if (!_options.TryGetKey(authorization.AccessKeyId, out var key))
            return AuthenticationErrors.InvalidAccessKeyId(authorization.AccessKeyId);
        var hashedPayload = Acs3Signature.HashPayload(request.RawBody.Span);
        if (!string.Equals(hashedPayload, contentHash, StringComparison.OrdinalIgnoreCase))
            return AuthenticationErrors.SignatureNotMatch();
        var expected = Acs3Signature.Compute(
            request.Method, request.Query, request.Headers, authorization.SignedHeaders, hashedPayload, key.Secret);
        return Matches(expected, authorization.Signature)
            ? Admit(request.Now, date, nonce, key.Account)
            : AuthenticationErrors.SignatureNotMatch();
    }

    // Runs after the signature check, so a forged request can neither burn a nonce nor learn the server's clock.
    private AuthenticationResult Admit(DateTimeOffset now, string requestTime, string nonce, string account)
    {
        if (!TryParseTime(requestTime, out var sentAt) || (now - sentAt).Duration() > Window)
        {
            var currentTime = now.UtcDateTime.ToString(WireTimeFormat, CultureInfo.InvariantCulture);
            return AuthenticationErrors.RequestTimeTooSkewed(requestTime, currentTime);
        }
        return _nonces.TryClaim(nonce, now)
            ? AuthenticationResult.Success(account)
            : AuthenticationErrors.SignatureNonceUsed(nonce);
    }

    // The SDKs send yyyy-MM-ddTHH:mm:ssZ (api.md 1.2); fractions and offsets are accepted too.
    private static bool TryParseTime(string value, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static bool Matches(string expected, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(provided));
}
