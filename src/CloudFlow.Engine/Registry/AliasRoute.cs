namespace CloudFlow.Engine.Registry;

/// <summary>One RoutingConfigurations item: a version and its weight out of 100.</summary>
public sealed record AliasRoute(long Version, int Weight);
