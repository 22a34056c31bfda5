using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Security;

/// <summary>An app with two configured keys in two accounts (decisions.md, Accounts and authentication).</summary>
public sealed class TwoAccounts : IAsyncLifetime
{
    public const string AliceKey = "aliceKeyId";
    public const string AliceSecret = "alice-secret";
    public const string AliceAccount = "1111111111111111";
    public const string BobKey = "bobKeyId";
    public const string BobSecret = "bob-secret";
    public const string BobAccount = "2222222222222222";

    public TwoAccounts()
        : this(new Dictionary<string, string>())
    {
    }

    internal TwoAccounts(IDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>(extra)
        {
            ["CloudFlow:Auth:Mode"] = "strict",
            [$"CloudFlow:Auth:Keys:{AliceKey}:Secret"] = AliceSecret,
            [$"CloudFlow:Auth:Keys:{AliceKey}:Account"] = AliceAccount,
            [$"CloudFlow:Auth:Keys:{BobKey}:Secret"] = BobSecret,
            [$"CloudFlow:Auth:Keys:{BobKey}:Account"] = BobAccount,
        };
        Factory = new CloudFlowFactory(null, settings);
        Alice = Factory.CreateCloudFlowClient(AliceKey, AliceSecret);
        Bob = Factory.CreateCloudFlowClient(BobKey, BobSecret);
    }

    public CloudFlowFactory Factory { get; }

    public CloudFlowClient Alice { get; }

    public CloudFlowClient Bob { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
