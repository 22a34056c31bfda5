using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Security;

/// <summary>decisions.md, Throttling: CloudFlow:RateLimit:RequestsPerSecond per account, answered 429 ResourceThrottled.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task RequestsPastTheLimit_AreThrottledPerAccount()
    {
        await using var accounts = new TwoAccounts(new Dictionary<string, string> { ["CloudFlow:RateLimit:RequestsPerSecond"] = "5" });
        var alice = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => accounts.Alice.CallAsync("ListFlows")));
        var bob = await accounts.Bob.CallAsync("ListFlows");

        // A refill may fall inside the burst, so between one and two buckets' worth pass.
        Assert.InRange(alice.Count(r => r.Status == HttpStatusCode.OK), 5, 10);
        Assert.All(alice.Where(r => r.Status != HttpStatusCode.OK), throttled =>
        {
            Assert.Equal((HttpStatusCode.TooManyRequests, "ResourceThrottled"), (throttled.Status, throttled.Code));
            Assert.Equal("The request is throttled. Please try again later.", throttled.Text("Message"));
            Assert.False(string.IsNullOrEmpty(throttled.Text("RequestId")));
        });
        bob.EnsureOk();

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        (await accounts.Alice.CallAsync("ListFlows")).EnsureOk();
    }

    [Fact]
    public async Task ByDefault_NothingIsThrottled()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.CallAsync("ListFlows")));
        Assert.All(results, r => r.EnsureOk());
    }
}
