using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>CreateFlowAlias answers with the alias at the top level, with its flow (api.md aliases), unlike Update and Describe.</summary>
internal sealed record CreateFlowAliasResponse(
    string FlowName, string Name, string Description, IReadOnlyList<RoutingConfiguration> RoutingConfigurations, string CreatedTime) : RpcResponse
{
    public static CreateFlowAliasResponse From(FlowAliasRecord alias) =>
        new(alias.FlowName, alias.Name, alias.Description, RoutingConfiguration.From(alias.Routes), WireFormat.Time(alias.CreatedTime));
}
