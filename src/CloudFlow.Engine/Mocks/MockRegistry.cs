using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Storage;

namespace CloudFlow.Engine.Mocks;

/// <summary>Per-flow mocks and named scenarios, durable and cached in memory (decisions.md, Mocks and scenarios).</summary>
internal sealed class MockRegistry
{
    private const string FlowMocks = "";
    private readonly ConcurrentDictionary<(string Account, string Flow, string Scenario), MockSet> _sets = new();
    private readonly MockStore _store;

    public MockRegistry(MockStore store)
    {
        _store = store;
        foreach (var (account, flow, scenario, body) in store.LoadAll())
        {
            _sets[(account, flow, scenario)] = MockSet.Parse((JsonObject)JsonNode.Parse(body)!, scenario != FlowMocks);
        }
    }

    public MockSet? FindMocks(string account, string flow) => _sets.GetValueOrDefault((account, flow, FlowMocks));

    public MockSet? FindScenario(string account, string flow, string scenario) => _sets.GetValueOrDefault((account, flow, scenario));

    public IEnumerable<string> ScenarioNames(string account, string flow) =>
        _sets.Keys.Where(k => k.Account == account && k.Flow == flow && k.Scenario != FlowMocks).Select(k => k.Scenario).Order(StringComparer.Ordinal);

    public Task SetMocksAsync(string account, string flow, JsonObject body) => SetAsync(account, flow, FlowMocks, body);

    public Task SetScenarioAsync(string account, string flow, string scenario, JsonObject body)
    {
        if (scenario.Length == 0)
        {
            throw CloudFlowException.InvalidArgument("A scenario needs a name.");
        }

        return SetAsync(account, flow, scenario, body);
    }

    public Task<bool> DeleteMocksAsync(string account, string flow) => DeleteAsync(account, flow, FlowMocks);

    public Task<bool> DeleteScenarioAsync(string account, string flow, string scenario) => DeleteAsync(account, flow, scenario);

    /// <summary>Drops everything of a deleted flow from memory (the store deletes its rows with the flow).</summary>
    public void ForgetFlow(string account, string flow)
    {
        foreach (var key in _sets.Keys.Where(k => k.Account == account && k.Flow == flow))
        {
            _sets.TryRemove(key, out _);
        }
    }

    private async Task SetAsync(string account, string flow, string scenario, JsonObject body)
    {
        var set = MockSet.Parse(body, scenario != FlowMocks);
        await _store.SaveAsync(account, flow, scenario, set.Source.ToJsonString());
        _sets[(account, flow, scenario)] = set;
    }

    private async Task<bool> DeleteAsync(string account, string flow, string scenario)
    {
        await _store.DeleteAsync(account, flow, scenario);
        return _sets.TryRemove((account, flow, scenario), out _);
    }
}
