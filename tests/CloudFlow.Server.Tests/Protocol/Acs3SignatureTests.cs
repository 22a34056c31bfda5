using System.Text;
using CloudFlow.Server.Http.Authentication;

namespace CloudFlow.Server.Tests.Protocol;

// The worked examples of api.md 1.4, produced by the real openapi-client code.
public sealed class Acs3SignatureTests
{
    private const string Secret = "testAccessKeySecret";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string PostBody = "ExecutionName=exec1&FlowName=my_flow&Input=%7B%22a%22%3A1%7D";
    private const string GetSignedHeaders =
        "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version";

    [Fact]
    public void Get_gives_the_documented_canonical_request_and_signature()
    {
        var query = RpcSignatureTests.Decode("ExecutionName=exec1&FlowName=my_flow");
        var headers = Headers("DescribeExecution", EmptyHash);

        var canonical = Acs3Signature.CanonicalRequest("GET", query, headers, GetSignedHeaders, EmptyHash);

        Assert.Equal(
            "GET\n/\nExecutionName=exec1&FlowName=my_flow\n"
            + "host:127.0.0.1:18931\nx-acs-action:DescribeExecution\nx-acs-content-sha256:" + EmptyHash + "\n"
            + "x-acs-credentials-provider:static_ak\nx-acs-date:2019-01-01T01:01:01Z\n"
            + "x-acs-signature-nonce:3ee8c1b883d344afa94f4e0ad82fd6cf\nx-acs-version:2019-03-15\n\n"
            + GetSignedHeaders + "\n" + EmptyHash,
            canonical);
        Assert.Equal(
            "138743eb58154d60e43c6ea4040445c5b438783542de288f9928e30de21423c4",
            Acs3Signature.HashPayload(Encoding.UTF8.GetBytes(canonical)));
        Assert.Equal(
            "e7c5218b10b010660c09b0d36406ac99a505bd554fe00a5c6c8b88dfc1f6c15c",
            Acs3Signature.Compute("GET", query, headers, GetSignedHeaders, EmptyHash, Secret));
    }

    [Fact]
    public void Post_hashes_the_body_and_signs_the_content_type()
    {
        var hash = Acs3Signature.HashPayload(Encoding.UTF8.GetBytes(PostBody));
        var headers = Headers("StartExecution", hash);
        headers["content-type"] = "application/x-www-form-urlencoded";
        var signedHeaders = "content-type;" + GetSignedHeaders;

        var canonical = Acs3Signature.CanonicalRequest("POST", [], headers, signedHeaders, hash);

        Assert.Equal("63fd70674f79e63babffa9a48841b68e3bf764c607e81c6cfca9e163916c097d", hash);
        Assert.StartsWith("POST\n/\n\ncontent-type:", canonical, StringComparison.Ordinal);
        Assert.Equal(
            "b476f02b550d8e2ca75a8da02877f5f0ef2c26a4f82be7965fc0c99921a9ed0e",
            Acs3Signature.HashPayload(Encoding.UTF8.GetBytes(canonical)));
        Assert.Equal(
            "2e9c089853bb2f8ecb8def84ee0c615f23223c43ffbf3e87d7f9bfef72ada55e",
            Acs3Signature.Compute("POST", [], headers, signedHeaders, hash, Secret));
    }

    [Fact]
    public void Signed_header_values_are_trimmed()
    {
        var query = RpcSignatureTests.Decode("ExecutionName=exec1&FlowName=my_flow");
        var padded = Headers("DescribeExecution", EmptyHash).ToDictionary(h => h.Key, h => $"  {h.Value} ");

        Assert.Equal(
            "e7c5218b10b010660c09b0d36406ac99a505bd554fe00a5c6c8b88dfc1f6c15c",
            Acs3Signature.Compute("GET", query, padded, GetSignedHeaders, EmptyHash, Secret));
    }

    [Fact]
    public void Authorization_header_is_parsed()
    {
        var header = $"ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders={GetSignedHeaders},Signature=e7c5";

        Assert.True(Acs3Authorization.TryParse(header, out var parsed));
        Assert.Equal(new Acs3Authorization("ACS3-HMAC-SHA256", "testAccessKeyId", GetSignedHeaders, "e7c5"), parsed);
    }

    [Theory]
    [InlineData("ACS3-HMAC-SHA256")]
    [InlineData("ACS3-HMAC-SHA256 SignedHeaders=host,Signature=ab")]
    [InlineData("ACS3-HMAC-SHA256 Credential=ak,Signature=ab")]
    [InlineData("ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host")]
    [InlineData("Bearer Credential=ak,SignedHeaders=host,Signature=ab")]
    public void Incomplete_authorization_headers_are_refused(string header) =>
        Assert.False(Acs3Authorization.TryParse(header, out _));

    internal static Dictionary<string, string> Headers(string action, string contentHash) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "127.0.0.1:18931",
        ["x-acs-action"] = action,
        ["x-acs-content-sha256"] = contentHash,
        ["x-acs-credentials-provider"] = "static_ak",
        ["x-acs-date"] = "2019-01-01T01:01:01Z",
        ["x-acs-signature-nonce"] = "3ee8c1b883d344afa94f4e0ad82fd6cf",
        ["x-acs-version"] = "2019-03-15",
    };
}
