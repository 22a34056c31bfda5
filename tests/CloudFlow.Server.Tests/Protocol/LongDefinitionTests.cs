using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Protocol;

/// <summary>
/// Long definitions, which answers write from escaped bytes kept per text, come back exactly as given in every answer
/// that carries them, escaped as any other string (quotes and line breaks escaped, non-ASCII as written).
/// </summary>
[Collection(CloudFlowCollection.Name)]
public sealed class LongDefinitionTests(CloudFlowFactory factory)
{
    // The wire's string escaping (api.md 1.1: JSON texts keep their characters), the same for texts of any length.
    private static readonly JsonSerializerOptions WireStrings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly CloudFlowClient _client = factory.CreateCloudFlowClient();

    [Fact]
    public async Task LongDefinitions_OfTheSameLength_EachComeBackAsGiven()
    {
        var first = Definition('a');
        var second = Definition('b');
        Assert.Equal(first.Length, second.Length);
        var flows = new[] { (Name: await CreateAsync(first), Definition: first), (Name: await CreateAsync(second), Definition: second) };

        foreach (var (flow, definition) in flows.Concat(flows))
        {
            Assert.Equal(definition, (await _client.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk().Text("Definition"));
            var name = CloudFlowClient.UniqueName("e");
            Assert.Equal(definition, (await _client.StartExecutionAsync(flow, name)).EnsureOk().Text("FlowDefinition"));
            Assert.Equal(definition, (await _client.WaitForEndAsync(flow, name)).Text("FlowDefinition"));
            Assert.Equal(definition, (await _client.DescribeExecutionAsync(flow, name)).EnsureOk().Text("FlowDefinition"));
            var listed = (await _client.CallAsync("ListExecutions", ("FlowName", flow))).EnsureOk();
            Assert.All(listed.Body.GetProperty("Executions").EnumerateArray(), e => Assert.Equal(definition, e.GetProperty("FlowDefinition").GetString()));
        }
    }

    [Fact]
    public async Task LongDefinition_IsEscapedAsShortOnesAre_WithItsContentLength()
    {
        var definition = Definition('c');
        var flow = await CreateAsync(definition);
        using var response = await _client.Http.GetAsync($"/?Action=DescribeFlow&Version=2019-03-15&Name={flow}");
        var body = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(body);

        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Contains(JsonSerializer.Serialize(definition, WireStrings), text, StringComparison.Ordinal);
        Assert.Contains("\\\"quoted\\\" é", text, StringComparison.Ordinal);
    }

    // Over a kilobyte, with characters JSON escapes and characters the wire keeps as written; only the marker differs.
    private static string Definition(char marker)
    {
        var header = $"# \"quoted\" é 😀 {marker}\nType: StateMachine\nSpecVersion: v1\nName: f\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n";
        return header + string.Concat(Enumerable.Repeat("# padding line, long enough to pass the short-text limit\n", 40));
    }

    private async Task<string> CreateAsync(string definition)
    {
        var flow = CloudFlowClient.UniqueName("long");
        (await _client.CreateFlowAsync(flow, definition)).EnsureOk();
        return flow;
    }
}
