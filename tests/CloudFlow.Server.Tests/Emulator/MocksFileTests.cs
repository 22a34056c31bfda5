using System.Net;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Emulator;

/// <summary>CloudFlow:MocksFile, loaded at start into the default account (decisions.md, Mocks and scenarios; Accounts).</summary>
public sealed class MocksFileTests : IDisposable
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

    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("cloudflow-mocks-").FullName, "mocks");

    [Theory]
    [InlineData(".yaml", """
        flows:
          billing:
            mocks:
              Call:
                - output: {from: mocks}
            scenarios:
              declined:
                Call:
                  - invocations: "1-"
                    error: Card.Declined
                    cause: no funds
        """)]
    [InlineData(".json", """
        {"flows": {"billing": {
          "mocks": {"Call": [{"output": {"from": "mocks"}}]},
          "scenarios": {"declined": {"Call": [{"invocations": "1-", "error": "Card.Declined", "cause": "no funds"}]}}}}}
        """)]
    public async Task Start_WithMocksFile_RunsFlowsWithItsMocksAndScenarios(string extension, string content)
    {
        await using var factory = Start(extension, content, []);
        var client = factory.CreateCloudFlowClient();
        (await client.CreateFlowAsync("billing", TaskFlow)).EnsureOk();

        (await client.StartExecutionAsync("billing", "mocked")).EnsureOk();
        (await client.StartExecutionAsync("billing#declined", "declined")).EnsureOk();

        Assert.Equal("""{"from":"mocks"}""", (await client.WaitForEndAsync("billing", "mocked")).Text("Output"));
        Assert.Equal("Failed", (await client.WaitForEndAsync("billing", "declined")).Text("Status"));
        Assert.Equal("""{"error":"Card.Declined","cause":"no funds"}""", (await client.HistoryAsync("billing", "declined"))[^1].GetProperty("EventDetail").GetString());
    }

    [Fact]
    public async Task Start_WithConfiguredKeys_LoadsIntoTheFirstKeysAccount()
    {
        await using var factory = Start(".yaml", "flows:\n  billing:\n    mocks:\n      Call:\n        - output: {n: 1}\n", new()
        {
            ["CloudFlow:Auth:Keys:myKey:Secret"] = "mySecret",
            ["CloudFlow:Auth:Keys:myKey:Account"] = "999",
        });
        var http = factory.CreateClient();

        using var inOwnAccount = await http.GetAsync("/_emulator/flows/billing/mocks?Account=999");
        using var inDefaultAccount = await http.GetAsync("/_emulator/flows/billing/mocks?Account=1234567890123456");

        Assert.Equal(HttpStatusCode.OK, inOwnAccount.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inDefaultAccount.StatusCode);
    }

    [Theory]
    [InlineData("flows: [1]", "must be an object with 'flows'")]
    [InlineData("flows:\n  f:\n    scenarios:\n      s:\n        Call:\n          - {invocations: '1-2', output: {}}\n          - {invocations: '2', output: {}}\n", "flows.f:")]
    [InlineData("flows: {f: {mocks: [1]}}", "flows.f.mocks must be an object")]
    [InlineData("flows: {unclosed", "CloudFlow:MocksFile")]
    public void Start_WithABadMocksFile_FailsNamingTheFileAndTheProblem(string content, string problem)
    {
        using var factory = Start(".yaml", content, []);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = error is AggregateException { InnerException: { } inner } ? inner.Message : error.Message;
        Assert.Contains(_file, message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    private CloudFlowFactory Start(string extension, string content, Dictionary<string, string> settings)
    {
        File.WriteAllText(_file + extension, content);
        settings["CloudFlow:MocksFile"] = _file + extension;
        return new CloudFlowFactory(null, settings);
    }
}
