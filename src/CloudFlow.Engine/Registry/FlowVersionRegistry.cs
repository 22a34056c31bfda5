using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;

namespace CloudFlow.Engine.Registry;

/// <summary>Published versions of flows, and what a Qualifier (a version or an alias) runs (api.md versions, Q7).</summary>
internal sealed class FlowVersionRegistry(FlowRegistry flows, FlowVersionStore versions, FlowAliasStore aliases, ClockService clock)
{
    public Task<FlowVersionRecord> PublishAsync(string account, string flow, string? description) =>
        versions.PublishAsync(account, flows.Get(account, flow).Name, description ?? "", clock.Now);

    public IReadOnlyList<FlowVersionRecord> List(string account, string flow, long fromVersion, int limit) =>
        versions.List(account, flows.Get(account, flow).Name, fromVersion, limit);

    public FlowVersionRecord Get(string account, string flow, long version) =>
        versions.Find(account, flows.Get(account, flow).Name, version) ?? throw CloudFlowException.QualifierNotExists(flow, VersionNumber.Format(version));

    public Task DeleteAsync(string account, string flow, long version) => versions.DeleteAsync(account, flows.Get(account, flow).Name, version);

    /// <summary>The version a Qualifier runs: a number names one, anything else is an alias choosing by weight.</summary>
    public FlowVersionRecord Resolve(FlowRecord flow, string qualifier)
    {
        if (VersionNumber.TryParse(qualifier, out var number))
        {
            return Get(flow.Account, flow.Name, number);
        }

        var alias = aliases.Find(flow.Account, flow.Name, qualifier) ?? throw CloudFlowException.QualifierNotExists(flow.Name, qualifier);
        return Get(flow.Account, flow.Name, AliasRouting.Pick(alias.Routes));
    }
}
