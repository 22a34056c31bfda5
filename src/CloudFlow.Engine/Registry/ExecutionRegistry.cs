using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Scheduling;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using CloudFlow.Language.Expressions.Values;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Registry;

/// <summary>Owns executions and the StartExecution rules (api.md StartExecution, start-execution-page.txt).</summary>
internal sealed class ExecutionRegistry
{
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
    private readonly FlowRegistry _flows;
    private readonly ExecutionStore _store;
    private readonly LiveExecutions _live;
    private readonly ExecutionRunFactory _runs;
    private readonly ExecutionQueue _queue;
    private readonly ClockService _clock;
    private readonly MockRegistry _mocks;
    private readonly TaskTokens _tokens;
    private readonly LimitsOptions _limits;

    public ExecutionRegistry(
        FlowRegistry flows,
        ExecutionStore store,
        LiveExecutions live,
        ExecutionRunFactory runs,
        ExecutionQueue queue,
        ClockService clock,
        MockRegistry mocks,
        TaskTokens tokens,
        IOptions<CloudFlowOptions> options)
    {
        _flows = flows;
        _store = store;
        _live = live;
        _runs = runs;
        _queue = queue;
        _clock = clock;
        _mocks = mocks;
        _tokens = tokens;
        _limits = options.Value.Limits;
    }

    public async Task<ExecutionRecord> StartAsync(string account, StartExecutionCommand command)
    {
        var flow = _flows.Get(account, command.FlowName);
        if (flow.ExecutionMode == ExecutionModes.Express)
        {
            throw new CloudFlowException(ErrorCodes.ActionNotSupported, "Express execution is not supported.");
        }

        var input = CheckInput(command.Input);
        if (command.Scenario is { } scenario && _mocks.FindScenario(account, flow.Name, scenario) is null)
        {
            throw CloudFlowException.InvalidArgument($"Flow {flow.Name} has no mock scenario '{scenario}'.");
        }

        if (command.CallbackTaskToken is { } token && _tokens.Verify(account, token) is null)
        {
            throw CloudFlowException.InvalidArgument("CallbackFnFTaskToken is not a task token issued by this emulator.");
        }

        // Generated names must pass the same name rule as given ones, so DescribeExecution accepts them.
        var name = command.ExecutionName ?? $"execution-{Guid.NewGuid()}";
        var claim = _live.Claim(account, flow.Name, name, () => CreateAsync(account, flow, name, input, command));
        try
        {
            return (await claim.Value).Record;
        }
        catch
        {
            _live.Release(account, flow.Name, name, claim);
            throw;
        }
    }

    public async Task<ExecutionRecord> StopAsync(string account, string flowName, string name, string? error, string? cause)
    {
        _flows.Get(account, flowName);
        if (_live.Find(account, flowName, name) is { } run)
        {
            run.RequestStop(error ?? "", cause ?? "");
            try
            {
                return await run.Completion.WaitAsync(StopWait);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // The run did not store its end: it is being suspended by a shutdown, or something in it ignores
                // cancellation. The stop did not take, and the documented answer for that is "please retry".
                throw new CloudFlowException(ErrorCodes.ConcurrentUpdateError, "Update conflict, please retry.");
            }
        }

        _ = _store.Find(account, flowName, name) ?? throw CloudFlowException.ExecutionNotExists(flowName, name);
        throw new CloudFlowException(ErrorCodes.ExecutionAlreadyCompleted, $"Execution '{name}' for flow '{flowName}' has already completed.");
    }

    /// <summary>DescribeExecution; with <paramref name="wait"/> it holds until the execution ends or the time passes.</summary>
    public async Task<ExecutionRecord> DescribeAsync(string account, string flowName, string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        _flows.Get(account, flowName);
        if (wait > TimeSpan.Zero && _live.Find(account, flowName, name) is { } run)
        {
            try
            {
                return await run.Completion.WaitAsync(wait, cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Long polling answers with the stored state when the time passes (api.md DescribeExecution), and also
                // when the run was suspended by a shutdown or failed to store its end.
            }
        }

        return _store.Find(account, flowName, name) ?? throw CloudFlowException.ExecutionNotExists(flowName, name);
    }

    public IReadOnlyList<ExecutionRecord> List(ExecutionQuery query)
    {
        _flows.Get(query.Account, query.FlowName);
        return _store.List(query);
    }

    public IReadOnlyList<HistoryEvent> History(string account, string flowName, string name, long fromEventId, int limit)
    {
        _flows.Get(account, flowName);
        var execution = _store.Find(account, flowName, name) ?? throw CloudFlowException.ExecutionNotExists(flowName, name);
        return _store.ReadHistory(execution.Id, fromEventId, limit);
    }

    internal void ResumeUnfinished()
    {
        foreach (var execution in _store.ListUnfinished())
        {
            _live.Claim(execution.Account, execution.FlowName, execution.Name, () => Task.FromResult(Resume(execution))).Value.Wait();
        }
    }

    internal void Forget(ExecutionRun run) => _live.Remove(run);

    private async Task<ExecutionRun> CreateAsync(string account, FlowRecord flow, string name, string input, StartExecutionCommand command)
    {
        if (_store.Find(account, flow.Name, name) is { } existing)
        {
            return existing.Status.IsTerminal()
                ? throw new CloudFlowException(ErrorCodes.ExecutionAlreadyExists, $"Execution {name} for flow {flow.Name} already exists.")
                : Resume(existing);
        }

        var record = new ExecutionRecord
        {
            Id = _store.NextId(),
            Account = account,
            FlowName = flow.Name,
            Name = name,
            FlowDefinition = flow.Definition,
            Input = input,
            Status = ExecutionStatus.Running,
            StartedTime = _clock.Now,
            RoleArn = flow.RoleArn,
            Environment = flow.Environment,
            Scenario = command.Scenario,
            CallbackTaskToken = command.CallbackTaskToken,
        };
        var run = _runs.Create(record);
        run.RecordStarted();
        try
        {
            await _store.InsertAsync(record, run.History.TakePending());
        }
        catch
        {
            run.Dispose();
            throw;
        }

        _queue.Enqueue(run);
        return run;
    }

    private ExecutionRun Resume(ExecutionRecord execution)
    {
        var run = _runs.Resume(execution);
        _queue.Enqueue(run);
        return run;
    }

    /// <summary>Input must be a JSON object of at most the data limit; absent means {} (api.md, decisions.md Sizes).</summary>
    private string CheckInput(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "{}";
        }

        if (Encoding.UTF8.GetByteCount(input) > _limits.DataBytes)
        {
            throw CloudFlowException.InvalidArgument($"Input is larger than the limit of {_limits.DataBytes} bytes.");
        }

        try
        {
            return StrictJson.Parse(input) is JsonObject
                ? input
                : throw CloudFlowException.InvalidArgument("Input must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw CloudFlowException.InvalidArgument($"Input is not valid JSON: {e.Message}");
        }
    }
}
