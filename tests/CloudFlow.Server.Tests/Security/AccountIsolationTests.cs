using System.Net;
using System.Text.Json.Nodes;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Security;

/// <summary>decisions.md: flows, executions and mocks belong to the key's account; another account's flow is FlowNotExists.</summary>
public sealed class AccountIsolationTests(TwoAccounts accounts) : IClassFixture<TwoAccounts>
{
    private const string TaskFlow = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: Call
        States:
          - Type: Task
            Name: Call
            Action: Demo:Call
            End: true
        """;

    private const string WaitFlow = """
        Type: StateMachine
        SpecVersion: v1
        StartAt: W
        States:
          - Type: Wait
            Name: W
            Seconds: 300
            End: true
        """;

    [Fact]
    public async Task AnotherAccountsFlow_IsFlowNotExistsForEveryAction()
    {
        var flow = CloudFlowClient.UniqueName("alice");
        (await accounts.Alice.CreateFlowAsync(flow, WaitFlow)).EnsureOk();
        (await accounts.Alice.StartExecutionAsync(flow, "e1")).EnsureOk();

        (string, (string, string?)[])[] calls =
        [
            ("DescribeFlow", [("Name", flow)]),
            ("UpdateFlow", [("Name", flow), ("Definition", WaitFlow)]),
            ("DeleteFlow", [("Name", flow)]),
            ("StartExecution", [("FlowName", flow)]),
            ("DescribeExecution", [("FlowName", flow), ("ExecutionName", "e1")]),
            ("GetExecutionHistory", [("FlowName", flow), ("ExecutionName", "e1")]),
            ("StopExecution", [("FlowName", flow), ("ExecutionName", "e1")]),
            ("ListExecutions", [("FlowName", flow)]),
        ];
        foreach (var (action, parameters) in calls)
        {
            var result = await accounts.Bob.CallAsync(action, parameters);
            Assert.True((result.Status, result.Code) == (HttpStatusCode.NotFound, "FlowNotExists"), $"{action}: {result.Body}");
        }

        var listed = (await accounts.Bob.CallAsync("ListFlows", ("Limit", "1000"))).EnsureOk();
        Assert.DoesNotContain(listed.Body.GetProperty("Flows").EnumerateArray(), f => f.GetProperty("Name").GetString() == flow);
        (await accounts.Alice.CallAsync("DescribeFlow", ("Name", flow))).EnsureOk();
    }

    [Fact]
    public async Task SameFlowAndExecutionNames_InTwoAccounts_AreIndependent()
    {
        var flow = CloudFlowClient.UniqueName("shared");
        (await accounts.Alice.CreateFlowAsync(flow, TaskFlow)).EnsureOk();
        (await accounts.Bob.CreateFlowAsync(flow, TaskFlow)).EnsureOk();
        await PutMocksAsync(flow, TwoAccounts.AliceAccount, "alice");
        await PutMocksAsync(flow, TwoAccounts.BobAccount, "bob");

        (await accounts.Alice.StartExecutionAsync(flow, "same")).EnsureOk();
        (await accounts.Bob.StartExecutionAsync(flow, "same")).EnsureOk();

        Assert.Equal("""{"who":"alice"}""", (await accounts.Alice.WaitForEndAsync(flow, "same")).Text("Output"));
        Assert.Equal("""{"who":"bob"}""", (await accounts.Bob.WaitForEndAsync(flow, "same")).Text("Output"));
        (await accounts.Bob.CallAsync("DeleteFlow", ("Name", flow))).EnsureOk();
        (await accounts.Alice.CallAsync("DescribeExecution", ("FlowName", flow), ("ExecutionName", "same"))).EnsureOk();
    }

    private async Task PutMocksAsync(string flow, string account, string who)
    {
        var mocks = new JsonObject { ["Call"] = new JsonArray(new JsonObject { ["output"] = new JsonObject { ["who"] = who } }) };
        using var response = await accounts.Factory.CreateClient().PutAsync(
            $"/_emulator/flows/{flow}/mocks?Account={account}", new StringContent(mocks.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
