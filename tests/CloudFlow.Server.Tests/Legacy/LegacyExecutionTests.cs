using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Conformance;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Legacy;

/// <summary>
/// Legacy behaviour the public corpus does not cover: decisions.md (Legacy dialect), the Decisions of fdl-legacy.md and
/// docs/legacy-dialect.md. Written in the corpus format and run the same way, through the API.
/// </summary>
[Collection(CloudFlowCollection.Name)]
public sealed class LegacyExecutionTests(CloudFlowFactory factory)
{
    public static TheoryData<string> Cases() => new(LegacyCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string name) => ConformanceTests.RunAsync(factory.CreateCloudFlowClient(), ConformanceCase.Parse(name, LegacyCases.All[name]));

    [Fact]
    public async Task History_details_carry_the_parent_local_on_entry_and_the_step_local_on_exit()
    {
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("legacy_history");
        (await client.CreateFlowAsync(flow, """
            version: v1
            type: flow
            steps:
              - type: pass
                name: first
                outputMappings:
                  - target: a
                    source: 1
              - type: task
                name: call
                resourceArn: acs:fc:::services/s/functions/f
                catch:
                  - errors: [FnF.ALL]
                    goto: last
              - type: pass
                name: last
            """)).EnsureOk();
        await client.PutMocksAsync(flow, JsonNode.Parse("""{"call": [{"error": "E", "cause": "boom"}]}""")!);
        (await client.StartExecutionAsync(flow, "run", """{"x": true}""")).EnsureOk();
        await client.WaitForEndAsync(flow, "run");

        var events = await client.HistoryAsync(flow, "run");

        Assert.Equal("""{"input":{"x":true},"local":{"a":1}}""", Detail(events, "StepEntered", "call"));
        Assert.Equal("""{"input":{"x":true,"a":1}}""", Detail(events, "StepStarted", "call"));
        Assert.Equal("""{"local":{"error":"E","cause":"boom","code":"E"}}""", Detail(events, "StepExited", "call"));
        Assert.Equal("""{"local":{}}""", Detail(events, "StepExited", "first"));
        Assert.Equal("""{"output":{"a":1}}""", Detail(events, "StepSucceeded", "first"));
    }

    private static string Detail(List<JsonElement> events, string type, string step) =>
        events.Single(e => e.GetProperty("Type").GetString() == type && e.GetProperty("StepName").GetString() == step).GetProperty("EventDetail").GetString()!;
}
