using System.Net;
using CloudFlow.Server.Tests.Fixtures;
using CloudFlow.Server.Tests.Security;

namespace CloudFlow.Server.Tests.Viewer;

/// <summary>The viewer shows the account its <c>Account</c> parameter names, as /_emulator does, and its links stay in it.</summary>
public sealed class ViewerAccountTests(TwoAccounts accounts) : IClassFixture<TwoAccounts>
{
    private const string PassFlow = "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true\n";

    [Fact]
    public async Task EachAccountSeesOnlyItsOwnFlows_AndLinksCarryTheAccount()
    {
        var aliceFlow = CloudFlowClient.UniqueName("alice");
        var bobFlow = CloudFlowClient.UniqueName("bob");
        (await accounts.Alice.CreateFlowAsync(aliceFlow, PassFlow)).EnsureOk();
        (await accounts.Bob.CreateFlowAsync(bobFlow, PassFlow)).EnsureOk();
        (await accounts.Alice.StartExecutionAsync(aliceFlow, "run")).EnsureOk();
        await accounts.Alice.WaitForEndAsync(aliceFlow, "run");
        using var http = accounts.Factory.CreateClient();

        var alice = (await ViewerPage.GetAsync(http, $"/ui?Account={TwoAccounts.AliceAccount}")).EnsureOk();
        var bob = (await ViewerPage.GetAsync(http, $"/ui?Account={TwoAccounts.BobAccount}")).EnsureOk();

        Assert.Contains(alice.Rows(), r => r[0] == aliceFlow);
        Assert.DoesNotContain(alice.Rows(), r => r[0] == bobFlow);
        Assert.Contains(bob.Rows(), r => r[0] == bobFlow);
        Assert.DoesNotContain(bob.Rows(), r => r[0] == aliceFlow);
        Assert.Contains($"account {TwoAccounts.AliceAccount}", alice.Text, StringComparison.Ordinal);

        var flowLink = alice.Link(aliceFlow);
        Assert.Equal($"/ui/flows/{aliceFlow}?Account={TwoAccounts.AliceAccount}", flowLink);
        var flowPage = (await ViewerPage.GetAsync(http, flowLink!)).EnsureOk();
        Assert.Contains($"<input type=\"hidden\" name=\"Account\" value=\"{TwoAccounts.AliceAccount}\">", flowPage.Markup, StringComparison.Ordinal);
        var executionLink = flowPage.Link("run");
        Assert.Equal($"/ui/flows/{aliceFlow}/executions/run?Account={TwoAccounts.AliceAccount}", executionLink);
        (await ViewerPage.GetAsync(http, executionLink!)).EnsureOk();
    }

    [Fact]
    public async Task AnotherAccountsFlowAndExecution_AreNotFound()
    {
        var flow = CloudFlowClient.UniqueName("private");
        (await accounts.Alice.CreateFlowAsync(flow, PassFlow)).EnsureOk();
        (await accounts.Alice.StartExecutionAsync(flow, "run")).EnsureOk();
        using var http = accounts.Factory.CreateClient();

        var flowPage = await ViewerPage.GetAsync(http, $"/ui/flows/{flow}?Account={TwoAccounts.BobAccount}");
        var executionPage = await ViewerPage.GetAsync(http, $"/ui/flows/{flow}/executions/run?Account={TwoAccounts.BobAccount}");
        var defaultAccount = await ViewerPage.GetAsync(http, $"/ui/flows/{flow}/executions/run");

        Assert.Equal(HttpStatusCode.NotFound, flowPage.Status);
        Assert.Contains($"Flow {flow} does not exist.", flowPage.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, executionPage.Status);
        Assert.Equal(HttpStatusCode.OK, defaultAccount.Status); // Alice's is the first configured key, so the default account
        Assert.Contains($"account {TwoAccounts.AliceAccount}", defaultAccount.Text, StringComparison.Ordinal);
    }
}
