using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Integrations;

/// <summary>The steps integration tests share: local functions, runs to the end, the error of a failed run, events.</summary>
internal static class IntegrationSteps
{
    /// <summary>Points a function key (<c>f</c> or <c>svc/f</c>) at a URL through the emulator endpoint.</summary>
    public static async Task SetFunctionAsync(this CloudFlowClient client, string path, string url)
    {
        using var response = await client.Http.PutAsJsonAsync($"/_emulator/functions/{path}", new JsonObject { ["Url"] = url });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates the flow, starts one execution and waits for its end.</summary>
    public static async Task<RpcResult> RunAsync(this CloudFlowClient client, string flow, string definition, string input = "{}", string execution = "run")
    {
        (await client.CreateFlowAsync(flow, definition)).EnsureOk();
        (await client.StartExecutionAsync(flow, execution, input)).EnsureOk();
        return await client.WaitForEndAsync(flow, execution);
    }

    /// <summary>The error and cause of a failed execution, from its ExecutionFailed event (conformance README).</summary>
    public static async Task<(string Error, string Cause)> FailureAsync(this CloudFlowClient client, string flow, string execution = "run")
    {
        var events = await client.HistoryAsync(flow, execution);
        var detail = JsonNode.Parse(events.Single(e => Type(e) == "ExecutionFailed").GetProperty("EventDetail").GetString()!)!;
        return (detail["error"]!.GetValue<string>(), detail["cause"]!.GetValue<string>());
    }

    public static async Task<List<JsonElement>> EventsAsync(this CloudFlowClient client, string flow, string execution, string type) =>
        [.. (await client.HistoryAsync(flow, execution)).Where(e => Type(e) == type)];

    /// <summary>Polls the history until an event of the type is stored (a callback task's TaskSubmitted, say).</summary>
    public static async Task<JsonNode> WaitForEventAsync(this CloudFlowClient client, string flow, string execution, string type)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if ((await client.EventsAsync(flow, execution, type)).FirstOrDefault() is { ValueKind: JsonValueKind.Object } found)
            {
                return JsonNode.Parse(found.GetProperty("EventDetail").GetString()!)!;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No {type} event was stored for {flow}/{execution}.");
    }

    public static string Type(JsonElement e) => e.GetProperty("Type").GetString()!;

    public static JsonNode Output(RpcResult result) => JsonNode.Parse(result.Text("Output"))!;
}
