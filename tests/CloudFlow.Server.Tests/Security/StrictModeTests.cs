using System.Net;
using System.Text;
using System.Text.Json;

namespace CloudFlow.Server.Tests.Security;

/// <summary>api.md 1.5 and decisions.md through the whole HTTP pipeline: strict mode admits only signed, fresh, unreplayed calls.</summary>
public sealed class StrictModeTests(TwoAccounts accounts) : IClassFixture<TwoAccounts>
{
    [Fact]
    public async Task RightKey_IsAdmittedInItsAccount()
    {
        var result = (await accounts.Alice.CallAsync("ListFlows")).EnsureOk();
        Assert.Equal(JsonValueKind.Array, result.Body.GetProperty("Flows").ValueKind);
    }

    [Theory]
    [InlineData(TwoAccounts.AliceKey, "wrong-secret", "SignatureNotMatch", HttpStatusCode.Forbidden)]
    [InlineData("nobodysKeyId", "whatever", "InvalidAccessKeyID", HttpStatusCode.Forbidden)]
    public async Task BadKey_IsRejected(string keyId, string secret, string code, HttpStatusCode status)
    {
        var client = accounts.Factory.CreateCloudFlowClient(keyId, secret);
        var result = await client.CallAsync("ListFlows");
        Assert.Equal((status, code), (result.Status, result.Code));
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task ClockSkewedBeyondFifteenMinutes_IsRequestTimeTooSkewed(int minutes)
    {
        var result = await accounts.Alice.CallAtAsync(DateTime.UtcNow.AddMinutes(minutes), Guid.NewGuid().ToString("N"), "ListFlows");
        Assert.Equal((HttpStatusCode.Forbidden, "RequestTimeTooSkewed"), (result.Status, result.Code));
    }

    [Fact]
    public async Task ReplayedNonce_IsSignatureNonceUsed()
    {
        var nonce = Guid.NewGuid().ToString("N");
        (await accounts.Alice.CallAtAsync(DateTime.UtcNow, nonce, "ListFlows")).EnsureOk();
        var replay = await accounts.Alice.CallAtAsync(DateTime.UtcNow, nonce, "ListFlows");
        Assert.Equal((HttpStatusCode.BadRequest, "SignatureNonceUsed"), (replay.Status, replay.Code));
    }

    [Fact]
    public async Task Unsigned_IsMissingRequiredParamsSignature()
    {
        var result = await accounts.Factory.CreateCloudFlowClient().CallAsync("ListFlows");
        Assert.Equal((HttpStatusCode.BadRequest, "MissingRequiredParams"), (result.Status, result.Code));
        Assert.Contains("'Signature'", result.Text("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedWithAcsHeaders_IsMissingRequiredHeaderAuthorization()
    {
        using var http = accounts.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("x-acs-action", "ListFlows");
        request.Headers.Add("x-acs-version", "2019-03-15");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"MissingRequiredHeader\"", body, StringComparison.Ordinal);
        Assert.Contains("'Authorization'", body, StringComparison.Ordinal);
    }
}
