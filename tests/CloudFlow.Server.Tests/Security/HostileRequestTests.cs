using System.Net;
using System.Text;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Security;

/// <summary>
/// Issue 6, hostile input: malformed encodings and overdeep documents are a 4xx with a clear message (YAML bombs are
/// covered where YAML is loaded, in the language's HostileYamlTests).
/// </summary>
[Collection(CloudFlowCollection.Name)]
public sealed class HostileRequestTests(CloudFlowFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();
    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    public static TheoryData<byte[], string> MalformedForms() => new()
    {
        { Form("Action=ListFlows&Version=2019-03-15&Limit=%zz"), "malformed percent-escape at character 1" },
        { Form("Action=ListFlows&Version=2019-03-15&Limit=1%"), "malformed percent-escape at character 2" },
        { Form("Action=ListFlows&Version=2019-03-15&Li%mit=1"), "A parameter name in the form body has a malformed percent-escape" },
        { Form("Action=ListFlows&Version=2019-03-15&Limit=%C3%28"), "is not valid UTF-8" },
        { [.. Form("Action=ListFlows&Version=2019-03-15&Limit="), 0xFF, 0xFE], "is not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task MalformedFormBody_IsInvalidArgumentNamingTheProblem(byte[] body, string message)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var response = await _http.PostAsync("/", content);
        await AssertInvalidArgumentAsync(response, message);
    }

    [Fact]
    public async Task QueryStringThatIsNotUtf8_IsInvalidArgument()
    {
        using var response = await _http.GetAsync("/?Action=ListFlows&Version=2019-03-15&Limit=%FF");
        await AssertInvalidArgumentAsync(response, "The value of 'Limit' in the query string is not valid UTF-8");
    }

    [Fact]
    public async Task DeeplyNestedJsonBody_IsInvalidArgument()
    {
        var json = "{\"Action\":\"ListFlows\",\"Version\":\"2019-03-15\",\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        using var response = await _http.PostAsync("/", new StringContent(json, Encoding.UTF8, "application/json"));
        await AssertInvalidArgumentAsync(response, "The JSON body is not valid");
    }

    [Fact]
    public async Task DeeplyNestedInput_IsInvalidArgument()
    {
        var flow = CloudFlowClient.UniqueName("deep");
        (await _client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true")).EnsureOk();
        var input = "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var result = await _client.StartExecutionAsync(flow, input: input);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (result.Status, result.Code));
    }

    [Fact]
    public async Task JsonBodyWithALoneSurrogate_IsInvalidArgument()
    {
        var json = """{"Action":"ListFlows","Version":"2019-03-15","Name":"\ud800"}""";
        using var response = await _http.PostAsync("/", new StringContent(json, Encoding.UTF8, "application/json"));
        await AssertInvalidArgumentAsync(response, "The JSON body is not valid");
    }

    [Fact]
    public async Task LoneSurrogatesInJsonParameters_AreInvalidArgument()
    {
        var flow = CloudFlowClient.UniqueName("surrogate");
        (await _client.CreateFlowAsync(flow, "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true")).EnsureOk();
        var input = await _client.StartExecutionAsync(flow, input: """{"a":"\udc00"}""");
        var environment = await _client.CallAsync(
            "UpdateFlow", ("Name", flow), ("Definition", "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true"),
            ("Environment", """{"Variables":[{"Name":"k","Value":"\ud800"}]}"""));
        using var mocks = await _http.PutAsync($"/_emulator/flows/{flow}/mocks", new StringContent("""{"P":[{"output":{"a":"\ud800"}}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (input.Status, input.Code));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (environment.Status, environment.Code));
        await AssertInvalidArgumentAsync(mocks, "not valid Unicode");
        (await _client.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();
    }

    public static TheoryData<string, string> HostileDefinitions() => new()
    {
        { new string('[', 150_000) + new string(']', 150_000), "nests deeper than 128 levels" },
        { "Type: StateMachine\nStates: [\n", "not valid YAML" },
        { "Type: StateMachine\nSpecVersion: v1\nStartAt: 7\nStates: {a: 1}\n", "must be a list" },
    };

    [Theory]
    [MemberData(nameof(HostileDefinitions))]
    public async Task HostileDefinition_IsInvalidArgumentAndTheServerStaysUp(string definition, string message)
    {
        var result = await _client.CreateFlowAsync(CloudFlowClient.UniqueName("hostile"), definition);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidArgument"), (result.Status, result.Code));
        Assert.Contains(message, result.Text("Message"), StringComparison.Ordinal);
        using var health = await _http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task AssertInvalidArgumentAsync(HttpResponseMessage response, string message)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidArgument", body.GetProperty("Code").GetString());
        Assert.Contains(message, body.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    private static byte[] Form(string text) => Encoding.ASCII.GetBytes(text);
}
