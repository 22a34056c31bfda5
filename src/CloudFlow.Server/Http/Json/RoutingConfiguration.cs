using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>A RoutingConfigurations item: Version a string, Weight a number (api.md aliases).</summary>
internal sealed record RoutingConfiguration(string Version, int Weight)
{
    public static IReadOnlyList<RoutingConfiguration> From(IReadOnlyList<AliasRoute> routes) =>
        [.. routes.Select(r => new RoutingConfiguration(VersionNumber.Format(r.Version), r.Weight))];
}
