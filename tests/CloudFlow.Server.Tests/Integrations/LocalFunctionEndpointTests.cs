using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>
/// Where local function URLs come from (decisions.md, Task integrations): CloudFlow:Functions, or
/// /_emulator/functions at run time per account, stored with the data. This class owns its app for the configuration.
/// </summary>
public sealed class LocalFunctionEndpointTests : IClassFixture<LocalFunctionServer>, IDisposable
{
    private const string ConfiguredUrl = "http://127.0.0.1:1/configured";
    private readonly LocalFunctionServer _functions;
    private readonly CloudFlowFactory _factory;
    private readonly CloudFlowClient _client;

    public LocalFunctionEndpointTests(LocalFunctionServer functions)
    {
        _functions = functions;
        _factory = new CloudFlowFactory(null, new Dictionary<string, string>
        {
            ["CloudFlow:Functions:configured"] = ConfiguredUrl,
            ["CloudFlow:Functions:shop:price"] = ConfiguredUrl,
        });
        _client = _factory.CreateCloudFlowClient();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Functions_PutGetListDelete_RuntimeUrlsAreKeptPerAccount()
    {
        await _client.SetFunctionAsync("runtime", "http://127.0.0.1:2/runtime");
        await _client.SetFunctionAsync("shop/cart", "http://127.0.0.1:2/cart");

        var one = await _client.Http.GetFromJsonAsync<JsonObject>("/_emulator/functions/shop/cart");
        var all = await _client.Http.GetFromJsonAsync<JsonObject>("/_emulator/functions");
        var other = await _client.Http.GetFromJsonAsync<JsonObject>("/_emulator/functions?Account=999");

        Assert.Equal("""{"Name":"shop:cart","Url":"http://127.0.0.1:2/cart","Source":"runtime"}""", one!.ToJsonString());
        Assert.Equal(
            ["configured", "runtime", "shop:cart", "shop:price"],
            all!["Functions"]!.AsArray().Select(f => f!["Name"]!.GetValue<string>()));
        Assert.Equal(["configured", "shop:price"], other!["Functions"]!.AsArray().Select(f => f!["Name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, (await _client.Http.DeleteAsync("/_emulator/functions/runtime")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Http.GetAsync("/_emulator/functions/runtime")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Http.DeleteAsync("/_emulator/functions/configured")).StatusCode);
    }

    [Theory]
    [InlineData("""{"Url": "ftp://host/x"}""")]
    [InlineData("""{"Address": "http://host/x"}""")]
    [InlineData("not json")]
    public async Task Functions_PutWithoutAnHttpUrl_IsInvalidArgument(string body)
    {
        using var response = await _client.Http.PutAsync("/_emulator/functions/bad", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidArgument", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Functions_RuntimeUrlBeatsConfigurationAndSurvivesARestart()
    {
        var url = _functions.Answering(200, """{"price": 5}""");
        var directory = Directory.CreateTempSubdirectory("cloudflow-functions-").FullName;
        var settings = new Dictionary<string, string> { ["CloudFlow:Functions:shop:price"] = ConfiguredUrl };
        await using (var first = new CloudFlowFactory(directory, settings))
        {
            await first.CreateCloudFlowClient().SetFunctionAsync("shop/price", url);
        }

        await using var again = new CloudFlowFactory(directory, settings);
        var done = await again.CreateCloudFlowClient().RunAsync(CloudFlowClient.UniqueName("fc2"), """
            Type: StateMachine
            SpecVersion: v1
            Name: fc2
            StartAt: Price
            States:
              - Type: Task
                Name: Price
                Action: FC:InvokeFunction
                Parameters:
                  resourceArn: acs:fc:cn-hangzhou:123:services/shop.LATEST/functions/price
                  invocationType: Sync
                End: true
            """);

        Assert.Equal("""{"Body":{"price":5}}""", done.Text("Output"));
        Assert.Single(_functions.ReceivedBy(url));
    }

    [Fact]
    public void Startup_ConfiguredFunctionUrlThatIsNotHttp_FailsNamingTheSetting()
    {
        using var factory = new CloudFlowFactory(null, new Dictionary<string, string> { ["CloudFlow:Functions:broken"] = "localhost:9000" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("CloudFlow:Functions:broken", error.ToString(), StringComparison.Ordinal);
    }
}
