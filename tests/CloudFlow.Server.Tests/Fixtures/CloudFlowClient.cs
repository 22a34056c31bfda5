using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Server.Http.Authentication;

namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>
/// Calls actions the way the SDKs do (form POST to /, Action and Version), plus the emulator endpoints. Given an
/// access key, it signs every call as pop-core does (signature v1 in the form body, api.md 1.3).
/// </summary>
public sealed class CloudFlowClient(HttpClient http, string? accessKeyId = null, string? accessKeySecret = null)
{
    public HttpClient Http { get; } = http;

    public Task<RpcResult> CallAsync(string action, params (string Name, string? Value)[] parameters) =>
        CallAtAsync(DateTime.UtcNow, Guid.NewGuid().ToString("N"), action, parameters);

    /// <summary>A call signed with the given Timestamp and SignatureNonce (when the client has a key).</summary>
    public async Task<RpcResult> CallAtAsync(DateTime timestamp, string nonce, string action, params (string Name, string? Value)[] parameters)
    {
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", "2019-03-15") };
        form.AddRange(parameters.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Name, p.Value!)));
        if (accessKeyId is not null)
        {
            form.AddRange(
            [
                new("AccessKeyId", accessKeyId), new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("Format", "JSON"),
                new("SignatureNonce", nonce), new("Timestamp", timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ]);
            form.Add(new("Signature", RpcSignature.Compute("POST", form, accessKeySecret!)));
        }

        using var response = await Http.PostAsync("/", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        return new RpcResult(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public Task<RpcResult> CreateFlowAsync(string name, string definition, string? executionMode = null) =>
        CallAsync("CreateFlow", ("Name", name), ("Definition", definition), ("Description", "test"), ("Type", "FDL"), ("ExecutionMode", executionMode));

    public Task<RpcResult> StartExecutionAsync(string flow, string? name = null, string? input = null) =>
        CallAsync("StartExecution", ("FlowName", flow), ("ExecutionName", name), ("Input", input));

    public Task<RpcResult> DescribeExecutionAsync(string flow, string name, int waitSeconds = 0) =>
        CallAsync("DescribeExecution", ("FlowName", flow), ("ExecutionName", name), ("WaitTimeSeconds", waitSeconds.ToString()));

    /// <summary>Long-polls DescribeExecution until the execution ends; fails the test after the timeout.</summary>
    public async Task<RpcResult> WaitForEndAsync(string flow, string name, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var result = (await DescribeExecutionAsync(flow, name, waitSeconds: 5)).EnsureOk();
            if (result.Text("Status") is not ("Running" or "Starting"))
            {
                return result;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Execution {name} of {flow} did not end in time.");
        }
    }

    public async Task<List<JsonElement>> HistoryAsync(string flow, string name)
    {
        var events = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = (await CallAsync("GetExecutionHistory", ("FlowName", flow), ("ExecutionName", name), ("Limit", "1000"), ("NextToken", token))).EnsureOk();
            events.AddRange(page.Body.GetProperty("Events").EnumerateArray());
            token = page.Body.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);
        return events;
    }

    public async Task PutMocksAsync(string flow, JsonNode mocks)
    {
        using var response = await Http.PutAsync($"/_emulator/flows/{flow}/mocks", new StringContent(mocks.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>PUT /_emulator/flows/{flow}/scenarios/{scenario}, answering the status and body (errors included).</summary>
    public async Task<RpcResult> PutScenarioAsync(string flow, string scenario, JsonNode body)
    {
        using var response = await Http.PutAsync($"/_emulator/flows/{flow}/scenarios/{scenario}", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        return new RpcResult(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>POST /_emulator/clock/advance (manual clock only).</summary>
    public async Task AdvanceClockAsync(int seconds)
    {
        using var response = await Http.PostAsync($"/_emulator/clock/advance?seconds={seconds}", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 128)];
}
