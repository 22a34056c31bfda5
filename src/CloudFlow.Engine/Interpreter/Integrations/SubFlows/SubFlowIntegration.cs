using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Registry;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Integrations.SubFlows;

/// <summary>
/// <c>FNF:StartExecution</c> (fdl.md 11.2): starts a child execution in the same account. In RequestComplete the result
/// names the child; in WaitForSystemCallback the child reports its end to this task's token (as StartExecution's
/// CallbackFnFTaskToken does), so the result is its Output, or its error and cause.
/// The registry comes lazily: it runs executions, this one among them, so it cannot be built before this integration.
/// </summary>
internal sealed class SubFlowIntegration(Lazy<ExecutionRegistry> registry) : ITaskIntegration
{
    public bool Handles(string action) => action == "FNF:StartExecution";

    public async ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken)
    {
        var context = invocation.Context;
        var run = context.Run;
        var flow = FlowArn.NameOf(invocation.ResourceArn) ?? throw invocation.Error(
            "FnF.InvalidArgument", $"'{invocation.ResourceArn}' is not a flow ARN (acs:fnf:{{region}}::flow/{{name}}). {invocation.MockHint}");

        // The child's name is checkpointed before it starts, so after a restart this task finds the same child again
        // (decisions.md, Durability): this submission is not journaled.
        var key = context.EffectKey("child");
        var replayed = run.Journal.TryGet(key, out var name);
        if (!replayed)
        {
            name = invocation.Text("executionName") ?? ExecutionRegistry.NewName();
            run.Journal.Record(key, name);
            await run.CheckpointAsync();
        }

        var waits = invocation.State.Mode is TaskMode.WaitForSystemCallback;
        var child = await StartAsync(invocation, flow, name, waits ? context.TaskToken : null, replayed, cancellationToken);
        var submitted = new JsonObject { ["FlowName"] = flow, ["ExecutionName"] = name, ["RequestID"] = Guid.NewGuid().ToString() };
        if (!waits)
        {
            return new TaskResponse(submitted);
        }

        if (!child.Status.IsTerminal())
        {
            return child.CallbackTaskToken == context.TaskToken
                ? new TaskResponse(submitted, AwaitsCallback: true)
                : throw invocation.Error("FnF.ExecutionAlreadyExists", $"execution {name} of flow {flow} is already running for another caller.");
        }

        // The child ended while this execution was not running: its end is read from the store.
        return new TaskResponse(ExecutionEnds.OutcomeOf(child).Unwrap());
    }

    private async Task<ExecutionRecord> StartAsync(
        TaskInvocation invocation, string flow, string name, string? callbackToken, bool replayed, CancellationToken cancellationToken)
    {
        var account = invocation.Context.Run.Record.Account;
        var input = invocation.IsLegacy ? invocation.Parameters : invocation.Parameter("input");
        try
        {
            return await registry.Value.StartAsync(account, new StartExecutionCommand(flow)
            {
                ExecutionName = name,
                Input = input is null ? null : JsonText.Of(input),
                CallbackTaskToken = callbackToken,
            });
        }
        catch (CloudFlowException e) when (replayed && e.Code == ErrorCodes.ExecutionAlreadyExists)
        {
            return await registry.Value.DescribeAsync(account, flow, name, TimeSpan.Zero, cancellationToken);
        }
        catch (CloudFlowException e)
        {
            throw invocation.Error($"FnF.{e.Code}", $"StartExecution of flow {flow} failed: {e.Message}");
        }
    }
}
