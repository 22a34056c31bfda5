using System.Net;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Integrations;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CloudFlow.Server.Tests.Actions;

/// <summary>api.md DescribeRegions and 1.1 (GET with a query and POST with a form), docs/decisions.md DescribeRegions.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class DescribeRegionsTests(CloudFlowFactory factory)
{
    private const string RegionFlow = """
        Type: StateMachine
        SpecVersion: v1
        Name: f
        StartAt: Where
        States:
          - Type: Pass
            Name: Where
            OutputConstructor:
              region.$: $Context.Flow.Region
            End: true
        """;

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task DescribeRegions_FormPost_AnswersOneRegionInTheSdkModelsShape()
    {
        var result = (await _client.CallAsync("DescribeRegions")).EnsureOk();

        Assert.Equal(["Regions", "RequestId"], result.Body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Region"], result.Body.GetProperty("Regions").EnumerateObject().Select(p => p.Name));
        var region = Assert.Single(result.Body.GetProperty("Regions").GetProperty("Region").EnumerateArray());
        Assert.Equal(["LocalName", "RegionEndpoint", "RegionId"], region.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("cn-hangzhou", region.GetProperty("RegionId").GetString());
        Assert.Equal("华东1（杭州）", region.GetProperty("LocalName").GetString());
    }

    [Theory]
    [InlineData("http://localhost/", "localhost")]
    [InlineData("http://emulator.test:9000/", "emulator.test:9000")]
    [InlineData("http://127.0.0.1:18080/", "127.0.0.1:18080")]
    public async Task DescribeRegions_AnyHost_AnswersThatHostAsTheEndpoint(string baseAddress, string endpoint)
    {
        var client = new CloudFlowClient(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) }));

        var region = Region(await client.CallAsync("DescribeRegions"));

        Assert.Equal(endpoint, region.GetProperty("RegionEndpoint").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "华东1（杭州）")]
    [InlineData("en-US", "China (Hangzhou)")]
    public async Task DescribeRegions_DocumentedLanguage_AnswersTheNameInThatLanguage(string language, string localName)
    {
        var region = Region(await _client.CallAsync("DescribeRegions", ("AcceptLanguage", language)));

        Assert.Equal(localName, region.GetProperty("LocalName").GetString());
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    [InlineData("en-us")]
    public async Task DescribeRegions_UndocumentedLanguage_ReturnsInvalidArgument(string language)
    {
        var result = await _client.CallAsync("DescribeRegions", ("AcceptLanguage", language));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidArgument", result.Code);
        Assert.Equal("Parameter error. AcceptLanguage must be one of zh-CN, en-US.", result.Text("Message"));
    }

    [Fact]
    public async Task DescribeRegions_GetWithQuery_AnswersAsThePost()
    {
        using var response = await _client.Http.GetAsync("/?Action=DescribeRegions&Version=2019-03-15&AcceptLanguage=en-US");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var region = Region(new RpcResult(response.StatusCode, body));
        Assert.Equal(("cn-hangzhou", "localhost", "China (Hangzhou)"), (region.GetProperty("RegionId").GetString(), region.GetProperty("RegionEndpoint").GetString(), region.GetProperty("LocalName").GetString()));
    }

    [Fact]
    public async Task DescribeRegions_RegionId_IsTheRegionFlowsRunIn()
    {
        var done = await _client.RunAsync(CloudFlowClient.UniqueName("region"), RegionFlow);

        var output = JsonDocument.Parse(done.Text("Output")).RootElement;
        var region = Region(await _client.CallAsync("DescribeRegions"));
        Assert.Equal(output.GetProperty("region").GetString(), region.GetProperty("RegionId").GetString());
    }

    private static JsonElement Region(RpcResult result) =>
        Assert.Single(result.EnsureOk().Body.GetProperty("Regions").GetProperty("Region").EnumerateArray());
}
