using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Conformance;

/// <summary>
/// Every case in ../shared/conformance/cases, through the HTTP API with the skip clock, one test per file. Cases
/// we believe wrong are listed in docs/conformance-divergences.md, never skipped silently.
/// </summary>
[Collection(CloudFlowCollection.Name)]
public sealed class ConformanceTests(CloudFlowFactory factory)
{
    public static TheoryData<string> Cases() => Data(ConformanceCase.Names().Where(n => !KnownGaps.Cases.ContainsKey(n)));

    [Fact]
    public void Corpus_IsPresentAndNotEmpty() => Assert.True(ConformanceCase.Names().Count() >= 100, $"Found only {ConformanceCase.Names().Count()} cases in {ConformanceCase.Folder}.");

    /// <summary>A fact, not a theory: an empty gap list (the goal) would be a theory without data, which xunit fails.</summary>
    [Fact]
    public async Task KnownGaps_StillFail()
    {
        var passing = new List<string>();
        foreach (var name in KnownGaps.Cases.Keys.Order(StringComparer.Ordinal))
        {
            try
            {
                await Case(name);
                passing.Add($"{name} ({KnownGaps.Cases[name]})");
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or System.Text.Json.JsonException or InvalidOperationException)
            {
                // Still a gap.
            }
        }

        Assert.True(passing.Count == 0, $"These pass now, remove them from KnownGaps: {string.Join("; ", passing)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string name) => RunAsync(factory.CreateCloudFlowClient(), ConformanceCase.Load(name));

    /// <summary>One case through the API, as conformance/README.md says; tests with cases of their own use it too.</summary>
    internal static async Task RunAsync(CloudFlowClient client, ConformanceCase @case)
    {
        var flow = CloudFlowClient.UniqueName(@case.Name.Replace('.', '_'));
        var created = await client.CreateFlowAsync(flow, @case.Flow);
        if (@case.Expect["createError"] is { } createError)
        {
            Assert.Equal(createError.GetValue<string>(), created.Code);
            return;
        }

        created.EnsureOk();
        if (@case.Mocks is { } mocks)
        {
            await client.PutMocksAsync(flow, mocks);
        }

        var started = (await client.StartExecutionAsync(flow, "run", @case.Input?.ToJsonString())).EnsureOk();
        var result = await client.WaitForEndAsync(flow, started.Text("Name"));
        var expectedStatus = @case.Expect["status"]!.GetValue<string>();
        if (expectedStatus == "Succeeded")
        {
            Assert.True(result.Text("Status") == "Succeeded", $"Status {result.Text("Status")}; failure: {await FailureAsync(client, flow)}");
            AssertJsonEqual(@case.Expect["output"], JsonNode.Parse(result.Text("Output")));
            return;
        }

        Assert.Equal(expectedStatus, result.Text("Status"));
        var failure = await FailureAsync(client, flow);
        Assert.Equal(@case.Expect["error"]!.GetValue<string>(), failure?["error"]?.GetValue<string>());
        if (@case.Expect["cause"] is { } cause)
        {
            Assert.Equal(cause.GetValue<string>(), failure?["cause"]?.GetValue<string>());
        }
    }

    private static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    private static async Task<JsonNode?> FailureAsync(CloudFlowClient client, string flow)
    {
        var events = await client.HistoryAsync(flow, "run");
        var failed = events.LastOrDefault(e => e.GetProperty("Type").GetString() == "ExecutionFailed");
        return failed.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(failed.GetProperty("EventDetail").GetString()!);
    }

    private static void AssertJsonEqual(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(Normalize(expected), Normalize(actual)), $"Expected {expected?.ToJsonString()}\nActual   {actual?.ToJsonString()}");

    /// <summary>Numbers compare by value (1 and 1.0 are one number in JSON); object key order never matters.</summary>
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Normalize).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => JsonValue.Create(decimal.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };
}
