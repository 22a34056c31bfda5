using System.Text;
using CloudFlow.Server.Http.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Tests.Protocol;

public sealed class RequestAuthenticatorTests
{
    private const string TestKey = "testAccessKeyId";
    private const string TestSecret = "testAccessKeySecret";
    private const string TestAccount = "1234567890123456";
    private const string SentAt = "2019-01-01T01:01:01Z";
    private static readonly DateTimeOffset Now = new(2019, 1, 1, 1, 1, 1, TimeSpan.Zero);

    private static readonly Dictionary<string, AccessKey> TwoKeys = new()
    {
        ["alice"] = new AccessKey { Secret = "alice-secret", Account = "111" },
        ["bob"] = new AccessKey { Secret = "bob-secret", Account = "222" },
    };

    private static readonly Dictionary<string, AuthenticationRequest> OpenCases = new()
    {
        ["unsigned"] = Unsigned(acsHeaders: false),
        ["v1 with a configured key"] = V1(accessKeyId: "bob", secret: "bob-secret"),
        ["v1 with a wrong signature"] = V1(accessKeyId: "bob", secret: "wrong"),
        ["v1 with an unknown key"] = V1(accessKeyId: "nobody"),
        ["acs3 with a configured key"] = Acs3(accessKeyId: "bob", secret: "wrong"),
        ["acs3 with an unknown key"] = Acs3(accessKeyId: "nobody"),
    };

    // Every request but the last must pass; the last one is judged.
    private static readonly Dictionary<string, AuthenticationRequest[]> StrictAccepted = new()
    {
        ["pop-core GET example"] = [PopCoreGetExample()],
        ["acs3 GET example"] = [Acs3GetExample()],
        ["v1 signed in the form body"] = [V1(inBody: true)],
        ["acs3 with a body"] = [Acs3(body: "FlowName=my_flow&Input=%7B%22a%22%3A1%7D")],
        ["time 15 minutes ahead"] = [V1(timestamp: "2019-01-01T01:16:01Z")],
        ["time 15 minutes behind"] = [Acs3(date: "2019-01-01T00:46:01Z")],
        ["time with milliseconds"] = [V1(timestamp: "2019-01-01T01:01:01.250Z")],
        ["distinct nonces"] = [V1(nonce: "a"), V1(nonce: "b")],
        ["nonce reused after 15 minutes"] = [V1(), V1(timestamp: "2019-01-01T01:16:01Z", now: Now.AddMinutes(15))],
    };

    private static readonly Dictionary<string, AuthenticationRequest[]> StrictRejected = new()
    {
        ["v1 wrong secret"] = [V1(secret: "wrong")],
        ["v1 tampered parameter"] = [Tampered(V1())],
        ["v1 unknown key"] = [V1(accessKeyId: "nobody")],
        ["v1 skewed timestamp"] = [V1(timestamp: "2019-01-01T00:46:00Z")],
        ["v1 unreadable timestamp"] = [V1(timestamp: "yesterday")],
        ["v1 replayed nonce"] = [V1(), V1()],
        ["v1 without AccessKeyId"] = [Without(V1(), "AccessKeyId")],
        ["v1 without SignatureNonce"] = [Without(V1(), "SignatureNonce")],
        ["unsigned, as curl"] = [Unsigned(acsHeaders: false)],
        ["unsigned, with x-acs headers"] = [Unsigned(acsHeaders: true)],
        ["acs3 wrong secret"] = [Acs3(secret: "wrong")],
        ["acs3 unknown key"] = [Acs3(accessKeyId: "nobody")],
        ["acs3 skewed date"] = [Acs3(date: "2019-01-01T01:16:02Z")],
        ["acs3 replayed nonce"] = [Acs3(), Acs3()],
        ["acs3 body hash mismatch"] = [Acs3(body: "FlowName=a", sentBody: "FlowName=b")],
        ["acs3 unsupported algorithm"] = [Acs3(algorithm: "ACS3-HMAC-SM3")],
        ["acs3 incomplete Authorization"] = [WithHeader(Acs3(), "Authorization", "ACS3-HMAC-SHA256 Credential=testAccessKeyId")],
        ["acs3 without x-acs-date"] = [WithoutHeader(Acs3(), "x-acs-date")],
        ["acs3 without x-acs-content-sha256"] = [WithoutHeader(Acs3(), "x-acs-content-sha256")],
        ["nonce shared by v1 and acs3"] = [V1(nonce: "same"), Acs3(nonce: "same")],
    };

    [Theory]
    [InlineData("unsigned", "111")]
    [InlineData("v1 with a configured key", "222")]
    [InlineData("v1 with a wrong signature", "222")]
    [InlineData("v1 with an unknown key", "111")]
    [InlineData("acs3 with a configured key", "222")]
    [InlineData("acs3 with an unknown key", "111")]
    public void Open_mode_accepts_everything_and_picks_the_account(string @case, string account)
    {
        var result = Authenticator(AuthenticationMode.Open, TwoKeys).Authenticate(OpenCases[@case]);

        Assert.True(result.Succeeded);
        Assert.Equal(account, result.Account);
    }

    [Fact]
    public void Open_mode_without_configured_keys_uses_the_test_account() =>
        Assert.Equal(TestAccount, Authenticator(AuthenticationMode.Open).Authenticate(Unsigned(acsHeaders: true)).Account);

    [Theory]
    [InlineData("pop-core GET example")]
    [InlineData("acs3 GET example")]
    [InlineData("v1 signed in the form body")]
    [InlineData("acs3 with a body")]
    [InlineData("time 15 minutes ahead")]
    [InlineData("time 15 minutes behind")]
    [InlineData("time with milliseconds")]
    [InlineData("distinct nonces")]
    [InlineData("nonce reused after 15 minutes")]
    public void Strict_mode_accepts_right_signatures(string @case)
    {
        var result = Judge(Authenticator(AuthenticationMode.Strict), StrictAccepted[@case]);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(TestAccount, result.Account);
    }

    [Theory]
    [InlineData("v1 wrong secret", "SignatureNotMatch", 403)]
    [InlineData("v1 tampered parameter", "SignatureNotMatch", 403)]
    [InlineData("v1 unknown key", "InvalidAccessKeyID", 403)]
    [InlineData("v1 skewed timestamp", "RequestTimeTooSkewed", 403)]
    [InlineData("v1 unreadable timestamp", "RequestTimeTooSkewed", 403)]
    [InlineData("v1 replayed nonce", "SignatureNonceUsed", 400)]
    [InlineData("v1 without AccessKeyId", "MissingRequiredParams", 400)]
    [InlineData("v1 without SignatureNonce", "MissingRequiredParams", 400)]
    [InlineData("unsigned, as curl", "MissingRequiredParams", 400)]
    [InlineData("unsigned, with x-acs headers", "MissingRequiredHeader", 400)]
    [InlineData("acs3 wrong secret", "SignatureNotMatch", 403)]
    [InlineData("acs3 unknown key", "InvalidAccessKeyID", 403)]
    [InlineData("acs3 skewed date", "RequestTimeTooSkewed", 403)]
    [InlineData("acs3 replayed nonce", "SignatureNonceUsed", 400)]
    [InlineData("acs3 body hash mismatch", "SignatureNotMatch", 403)]
    [InlineData("acs3 unsupported algorithm", "SignatureNotMatch", 403)]
    [InlineData("acs3 incomplete Authorization", "SignatureNotMatch", 403)]
    [InlineData("acs3 without x-acs-date", "MissingRequiredHeader", 400)]
    [InlineData("acs3 without x-acs-content-sha256", "MissingRequiredHeader", 400)]
    [InlineData("nonce shared by v1 and acs3", "SignatureNonceUsed", 400)]
    public void Strict_mode_rejects(string @case, string code, int status)
    {
        var result = Judge(Authenticator(AuthenticationMode.Strict), StrictRejected[@case]);

        Assert.False(result.Succeeded);
        Assert.Equal((code, status), (result.Error.Code, result.Error.StatusCode));
    }

    [Theory]
    [InlineData("v1 unknown key", "The AccessKey ID nobody is invalid.")]
    [InlineData("v1 skewed timestamp",
        "The difference between the request time 2019-01-01T00:46:00Z and the current time 2019-01-01T01:01:01Z is too large.")]
    [InlineData("v1 replayed nonce", "The request signature nonce 'n1' has been used.")]
    [InlineData("v1 without AccessKeyId", "The HTTP query 'AccessKeyId' must be specified.")]
    [InlineData("unsigned, as curl", "The HTTP query 'Signature' must be specified.")]
    [InlineData("unsigned, with x-acs headers", "The HTTP header 'Authorization' must be specified.")]
    [InlineData("acs3 without x-acs-date", "The HTTP header 'x-acs-date' must be specified.")]
    [InlineData("acs3 wrong secret",
        "The request signature we calculated does not match the signature you provided. Check your access key and signing method.")]
    public void Strict_mode_messages_follow_the_templates(string @case, string message) =>
        Assert.Equal(message, Judge(Authenticator(AuthenticationMode.Strict), StrictRejected[@case]).Error?.Message);

    [Fact]
    public void Strict_mode_answers_with_the_account_of_the_key()
    {
        var authenticator = Authenticator(AuthenticationMode.Strict, TwoKeys);

        Assert.Equal("222", authenticator.Authenticate(V1(accessKeyId: "bob", secret: "bob-secret")).Account);
        Assert.Equal("111", authenticator.Authenticate(Acs3(accessKeyId: "alice", secret: "alice-secret", nonce: "n2")).Account);
        Assert.Equal("InvalidAccessKeyID", authenticator.Authenticate(V1(nonce: "n3")).Error?.Code);
    }

    [Fact]
    public void Options_bind_from_the_CloudFlow_Auth_section()
    {
        using var services = Services(new()
        {
            ["CloudFlow:Auth:Mode"] = "strict",
            ["CloudFlow:Auth:Keys:alice:Secret"] = "alice-secret",
            ["CloudFlow:Auth:Keys:alice:Account"] = "111",
            ["CloudFlow:Auth:Keys:bob:Secret"] = "bob-secret",
            ["CloudFlow:Auth:Keys:bob:Account"] = "222",
        });
        var options = services.GetRequiredService<IOptions<AuthenticationOptions>>().Value;

        Assert.Equal(AuthenticationMode.Strict, options.Mode);
        Assert.Equal("111", options.DefaultAccount);
        Assert.False(options.TryGetKey(TestKey, out _));
        Assert.Equal("222", services.GetRequiredService<RequestAuthenticator>().Authenticate(V1(accessKeyId: "bob", secret: "bob-secret")).Account);
    }

    [Fact]
    public void Options_default_to_open_mode_and_the_test_key()
    {
        using var services = Services([]);
        var options = services.GetRequiredService<IOptions<AuthenticationOptions>>().Value;

        Assert.Equal(AuthenticationMode.Open, options.Mode);
        Assert.Equal(TestAccount, options.DefaultAccount);
        Assert.True(options.TryGetKey(TestKey, out var key));
        Assert.Equal(TestSecret, key.Secret);
    }

    [Fact]
    public void Options_refuse_a_key_without_a_secret()
    {
        using var services = Services(new() { ["CloudFlow:Auth:Keys:alice:Account"] = "111" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AuthenticationOptions>>().Value);
    }

    [Fact]
    public void Nonces_expire_after_their_lifetime()
    {
        var nonces = new NonceCache(TimeSpan.FromMinutes(15), capacity: 10);

        Assert.True(nonces.TryClaim("a", Now));
        Assert.False(nonces.TryClaim("a", Now.AddMinutes(14)));
        Assert.True(nonces.TryClaim("a", Now.AddMinutes(15)));
        Assert.False(nonces.TryClaim("a", Now.AddMinutes(16)));
    }

    [Fact]
    public void Nonce_memory_is_bounded_by_forgetting_the_oldest()
    {
        var nonces = new NonceCache(TimeSpan.FromMinutes(15), capacity: 2);

        Assert.True(nonces.TryClaim("a", Now));
        Assert.True(nonces.TryClaim("b", Now));
        Assert.True(nonces.TryClaim("c", Now));
        Assert.False(nonces.TryClaim("b", Now));
        Assert.False(nonces.TryClaim("c", Now));
        Assert.True(nonces.TryClaim("a", Now));
    }

    private static AuthenticationResult Judge(RequestAuthenticator authenticator, AuthenticationRequest[] requests)
    {
        foreach (var earlier in requests[..^1])
            Assert.True(authenticator.Authenticate(earlier).Succeeded);
        return authenticator.Authenticate(requests[^1]);
    }

    private static RequestAuthenticator Authenticator(AuthenticationMode mode, Dictionary<string, AccessKey>? keys = null) =>
        new(Options.Create(new AuthenticationOptions { Mode = mode, Keys = keys ?? [] }));

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRequestAuthentication()
            .BuildServiceProvider();

    // api.md 1.3, the pop-core GET request exactly as sent.
    private static AuthenticationRequest PopCoreGetExample() => new(
        "GET",
        RpcSignatureTests.Decode(
            "AccessKeyId=testAccessKeyId&Action=DescribeExecution&ExecutionName=exec1&FlowName=my_flow&Format=JSON"
            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b883d344afa94f4e0ad82fd6cf&SignatureVersion=1.0"
            + "&Timestamp=2019-01-01T01%3A01%3A01Z&Version=2019-03-15&Signature=N%2F5MPexpw1qaAp0vAxA1e8RuSfY%3D"),
        [],
        new Dictionary<string, string> { ["x-acs-action"] = "DescribeExecution", ["x-acs-version"] = "2019-03-15" },
        ReadOnlyMemory<byte>.Empty,
        Now);

    // api.md 1.4, the openapi-client GET request exactly as sent.
    private static AuthenticationRequest Acs3GetExample()
    {
        var headers = Acs3SignatureTests.Headers("DescribeExecution", Acs3Signature.HashPayload([]));
        headers["Authorization"] = "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
            + "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"
            + "Signature=e7c5218b10b010660c09b0d36406ac99a505bd554fe00a5c6c8b88dfc1f6c15c";
        return new("GET", RpcSignatureTests.Decode("ExecutionName=exec1&FlowName=my_flow"), [], headers, ReadOnlyMemory<byte>.Empty, Now);
    }

    private static AuthenticationRequest V1(
        string accessKeyId = TestKey,
        string secret = TestSecret,
        string timestamp = SentAt,
        string nonce = "n1",
        bool inBody = false,
        DateTimeOffset? now = null)
    {
        List<KeyValuePair<string, string>> parameters =
        [
            new("Action", "DescribeExecution"), new("Version", "2019-03-15"), new("FlowName", "my flow*"),
            new("AccessKeyId", accessKeyId), new("Timestamp", timestamp), new("SignatureNonce", nonce),
        ];
        var method = inBody ? "POST" : "GET";
        parameters.Add(new("Signature", RpcSignature.Compute(method, parameters, secret)));
        return new(method, inBody ? [] : parameters, inBody ? parameters : [], new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty, now ?? Now);
    }

    private static AuthenticationRequest Acs3(
        string accessKeyId = TestKey,
        string secret = TestSecret,
        string date = SentAt,
        string nonce = "n1",
        string body = "",
        string? sentBody = null,
        string algorithm = "ACS3-HMAC-SHA256")
    {
        var hash = Acs3Signature.HashPayload(Encoding.UTF8.GetBytes(body));
        var headers = new Dictionary<string, string>
        {
            ["host"] = "127.0.0.1:8080",
            ["x-acs-action"] = "StartExecution",
            ["x-acs-content-sha256"] = hash,
            ["x-acs-date"] = date,
            ["x-acs-signature-nonce"] = nonce,
            ["x-acs-version"] = "2019-03-15",
        };
        var signedHeaders = string.Join(';', headers.Keys.Order(StringComparer.Ordinal));
        var signature = Acs3Signature.Compute("POST", [], headers, signedHeaders, hash, secret);
        headers["Authorization"] = $"{algorithm} Credential={accessKeyId},SignedHeaders={signedHeaders},Signature={signature}";
        var sent = sentBody ?? body;
        return new("POST", [], RpcSignatureTests.Decode(sent), headers, Encoding.UTF8.GetBytes(sent), Now);
    }

    private static AuthenticationRequest Unsigned(bool acsHeaders) => new(
        "GET",
        RpcSignatureTests.Decode("Action=DescribeExecution&Version=2019-03-15&FlowName=my_flow&ExecutionName=exec1"),
        [],
        acsHeaders ? new Dictionary<string, string> { ["X-Acs-Action"] = "DescribeExecution" } : new Dictionary<string, string>(),
        ReadOnlyMemory<byte>.Empty,
        Now);

    private static AuthenticationRequest Tampered(AuthenticationRequest request) =>
        request with { Query = [.. request.Query.Select(p => p.Key == "FlowName" ? new(p.Key, "other") : p)] };

    private static AuthenticationRequest Without(AuthenticationRequest request, string parameter) =>
        request with { Query = [.. request.Query.Where(p => p.Key != parameter)] };

    private static AuthenticationRequest WithHeader(AuthenticationRequest request, string name, string value) =>
        request with { Headers = new Dictionary<string, string>(request.Headers) { [name] = value } };

    private static AuthenticationRequest WithoutHeader(AuthenticationRequest request, string name) =>
        request with { Headers = request.Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).ToDictionary() };
}
