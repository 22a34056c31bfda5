using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>The Alias object of UpdateFlowAlias, DescribeFlowAlias and ListFlowAliases (api.md aliases).</summary>
internal sealed record FlowAliasResponse(string Name, string Description, IReadOnlyList<RoutingConfiguration> RoutingConfigurations, string CreatedTime)
{
    public static FlowAliasResponse From(FlowAliasRecord alias) =>
        new(alias.Name, alias.Description, RoutingConfiguration.From(alias.Routes), WireFormat.Time(alias.CreatedTime));
}
