using System.Text.Json.Nodes;
using CloudFlow.Engine;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Mocks;
using CloudFlow.Language.Parsing;
using CloudFlow.Server.Http.Authentication;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Emulator;

/// <summary>
/// CloudFlow:MocksFile, JSON or YAML <c>{"flows": {"&lt;flow&gt;": {"mocks": {…}, "scenarios": {"&lt;name&gt;": {…}}}}}</c>,
/// loaded at start into the default account (decisions.md, Mocks and scenarios; Accounts). Its entries replace stored
/// ones of the same flow and scenario. A file that does not fit stops the start, saying where.
/// </summary>
internal sealed class MocksFileLoader(IOptions<CloudFlowOptions> options, IOptions<AuthenticationOptions> authentication, MockRegistry mocks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MocksFile is not { Length: > 0 } path)
        {
            return;
        }

        var account = authentication.Value.DefaultAccount;
        foreach (var (flow, entry) in Flows(path, await ReadAsync(path, cancellationToken)))
        {
            try
            {
                if (entry["mocks"] is { } flowMocks)
                {
                    await mocks.SetMocksAsync(account, flow, Object(flowMocks, path, $"flows.{flow}.mocks"));
                }

                foreach (var (scenario, body) in entry["scenarios"] is { } scenarios ? Object(scenarios, path, $"flows.{flow}.scenarios") : [])
                {
                    await mocks.SetScenarioAsync(account, flow, scenario, Object(body, path, $"flows.{flow}.scenarios.{scenario}"));
                }
            }
            catch (CloudFlowException e)
            {
                throw Invalid(path, $"flows.{flow}: {e.Message}");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<JsonNode?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return YamlDocuments.ToJson(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Invalid(path, e.Message);
        }
    }

    private static IEnumerable<(string Flow, JsonObject Entry)> Flows(string path, JsonNode? document) =>
        document is JsonObject root && root["flows"] is JsonObject flows
            ? flows.Select(f => (f.Key, Object(f.Value, path, $"flows.{f.Key}")))
            : throw Invalid(path, "the file must be an object with 'flows'");

    private static JsonObject Object(JsonNode? node, string path, string at) =>
        node as JsonObject ?? throw Invalid(path, $"{at} must be an object");

    private static InvalidOperationException Invalid(string path, string problem) => new($"CloudFlow:MocksFile {path}: {problem}.");
}
