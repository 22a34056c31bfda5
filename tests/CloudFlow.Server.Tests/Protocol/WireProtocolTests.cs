using System.Net;
using System.Text;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Protocol;

/// <summary>api.md 1.1: methods, where parameters travel, content types, Action and Version, the envelope.</summary>
[Collection(CloudFlowCollection.Name)]
public sealed class WireProtocolTests(CloudFlowFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    [Theory]
    [InlineData("/?Version=2019-03-15", "MissingRequiredParams", HttpStatusCode.BadRequest)]
    [InlineData("/?Action=ListFlows", "MissingRequiredParams", HttpStatusCode.BadRequest)]
    [InlineData("/?Action=ListFlows&Version=2015-01-01", "APIVersionNotSupported", HttpStatusCode.BadRequest)]
    [InlineData("/?Action=NoSuchAction&Version=2019-03-15", "ActionNotSupported", HttpStatusCode.BadRequest)]
    [InlineData("/?Action=ListFlows&Version=2019-03-15&Limit=0", "InvalidArgument", HttpStatusCode.BadRequest)]
    public async Task Get_BadCommonParameters_ReturnEnvelope(string url, string code, HttpStatusCode status)
    {
        using var response = await _http.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("RequestId").GetString()));
        Assert.Equal(body.GetProperty("RequestId").GetString(), response.Headers.GetValues("x-acs-request-id").Single());
    }

    [Fact]
    public async Task RequestIds_AreDistinctUpperCaseUuids()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await _http.GetAsync("/?Action=ListFlows&Version=2019-03-15");
            var id = response.Headers.GetValues("x-acs-request-id").Single();
            Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", id);
            Assert.True(seen.Add(id), $"RequestId {id} came twice.");
        }
    }

    [Fact]
    public async Task Post_JsonBody_IsAcceptedWithNonStringValuesAsJsonText()
    {
        var flow = CloudFlowClient.UniqueName("json");
        var definition = "Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true";
        var create = JsonSerializer.Serialize(new { Action = "CreateFlow", Version = "2019-03-15", Name = flow, Definition = definition, Description = "", Type = "FDL" });
        using (var created = await _http.PostAsync("/", new StringContent(create, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var start = "{\"Action\":\"StartExecution\",\"Version\":\"2019-03-15\",\"FlowName\":\"" + flow + "\",\"ExecutionName\":\"j\",\"Input\":{\"a\":1}}";
        using var started = await _http.PostAsync("/", new StringContent(start, Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("""{"a":1}""", body.GetProperty("Input").GetString());
    }

    [Fact]
    public async Task Post_OtherContentType_Returns415()
    {
        using var response = await _http.PostAsync("/?Action=ListFlows&Version=2019-03-15", new StringContent("<x/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Put_Returns405WithEnvelope()
    {
        using var response = await _http.PutAsync("/?Action=ListFlows&Version=2019-03-15", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("MethodNotAllowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_ReturnsEntityTooLarge()
    {
        var form = new FormUrlEncodedContent([new("Action", "ListFlows"), new("Version", "2019-03-15"), new("Pad", new string('x', 1_100_000))]);
        using var response = await _http.PostAsync("/", form);
        Assert.Contains("EntityTooLarge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
