namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>One shared app for tests that only need independent flows (unique names keep them apart).</summary>
[CollectionDefinition(Name)]
public sealed class CloudFlowCollection : ICollectionFixture<CloudFlowFactory>
{
    public const string Name = "CloudFlow";
}
