using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;

namespace CloudFlow.Engine.Registry;

/// <summary>Aliases of flows (api.md CreateFlowAlias … DeleteFlowAlias); RoutingConfigurations arrive as JSON text.</summary>
internal sealed class FlowAliasRegistry(FlowRegistry flows, FlowAliasStore aliases, ClockService clock)
{
    public async Task<FlowAliasRecord> CreateAsync(string account, string flow, string name, string? description, string routing)
    {
        var alias = new FlowAliasRecord
        {
            Account = account,
            FlowName = flows.Get(account, flow).Name,
            Name = name,
            Description = description ?? "",
            Routes = AliasRouting.Parse(routing),
            CreatedTime = clock.Now,
        };
        await aliases.CreateAsync(alias);
        return alias;
    }

    /// <summary>What is not given keeps its value.</summary>
    public Task<FlowAliasRecord> UpdateAsync(string account, string flow, string name, string? description, string? routing)
    {
        var routes = routing is null ? null : AliasRouting.Parse(routing);
        return aliases.UpdateAsync(account, flows.Get(account, flow).Name, name, alias => alias with
        {
            Description = description ?? alias.Description,
            Routes = routes ?? alias.Routes,
        });
    }

    public FlowAliasRecord Get(string account, string flow, string name) =>
        aliases.Find(account, flows.Get(account, flow).Name, name) ?? throw CloudFlowException.QualifierNotExists(flow, name);

    public IReadOnlyList<FlowAliasRecord> List(string account, string flow, string? fromName, int limit) =>
        aliases.List(account, flows.Get(account, flow).Name, fromName, limit);

    public Task DeleteAsync(string account, string flow, string name) => aliases.DeleteAsync(account, flows.Get(account, flow).Name, name);
}
