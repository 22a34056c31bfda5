using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Security;

/// <summary>decisions.md: with CloudFlow:Emulator:Token set, /_emulator/ needs x-emulator-token, else 403 AccessDenied.</summary>
public sealed class EmulatorTokenTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("not-it", false)]
    [InlineData("s3cret", true)]
    public async Task TokenSet_EmulatorEndpointsNeedIt(string? sent, bool admitted)
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Emulator:Token"] = "s3cret" });
        using var http = factory.CreateClient();
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/_emulator/clock"), (HttpMethod.Put, "/_emulator/flows/f/mocks"), (HttpMethod.Delete, "/_emulator/flows/f/mocks") })
        {
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            if (sent is not null)
            {
                request.Headers.Add("x-emulator-token", sent);
            }

            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (admitted)
            {
                Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Contains("\"Code\":\"AccessDenied\"", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TokenUnset_EmulatorEndpointsAreOpen()
    {
        await using var factory = new CloudFlowFactory();
        using var response = await factory.CreateClient().GetAsync("/_emulator/clock");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenSet_RpcAndHealthDoNotNeedIt()
    {
        await using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Emulator:Token"] = "s3cret" });
        var client = factory.CreateCloudFlowClient();
        (await client.CallAsync("ListFlows")).EnsureOk();
        using var health = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
