using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Scheduling;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Registry;

/// <summary>Owns executions and the StartExecution rules (api.md StartExecution, start-execution-page.txt).</summary>
internal sealed class ExecutionRegistry
{
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
    private readonly FlowRegistry _flows;
    private readonly FlowVersionRegistry _versions;
    private readonly ExecutionStore _store;
    private readonly LiveExecutions _live;
    private readonly ExecutionRunFactory _runs;
    private readonly ExecutionScheduler _scheduler;
    private readonly ExecutionRecovery _recovery;
    private readonly ClockService _clock;
    private readonly MockRegistry _mocks;
    private readonly TaskTokens _tokens;
    private readonly LimitsOptions _limits;

    public ExecutionRegistry(
        FlowRegistry flows,
        FlowVersionRegistry versions,
        ExecutionStore store,
        LiveExecutions live,
        ExecutionRunFactory runs,
        ExecutionScheduler scheduler,
        ExecutionRecovery recovery,
        ClockService clock,
        MockRegistry mocks,
        TaskTokens tokens,
        IOptions<CloudFlowOptions> options)
    {
        _flows = flows;
        _versions = versions;
        _store = store;
        _live = live;
        _runs = runs;
        _scheduler = scheduler;
        _recovery = recovery;
        _clock = clock;
        _mocks = mocks;
        _tokens = tokens;
        _limits = options.Value.Limits;
    }

    public async Task<ExecutionRecord> StartAsync(string account, StartExecutionCommand command)
    {
        var start = Prepare(account, command, ExecutionModes.Standard);
        var name = command.ExecutionName ?? NewName();
        var claim = _live.Claim(account, start.Flow.Name, name, () => CreateAsync(start, name));
        try
        {
            return (await claim.Value).Record;
        }
        catch
        {
            _live.Release(account, start.Flow.Name, name, claim);
            throw;
        }
    }

    /// <summary>
    /// StartSyncExecution: an Express run through the same queue, answered when it ends. Its name gets a UUID, so
    /// names never collide, and it is neither claimed nor stored (api.md StartSyncExecution, decisions.md).
    /// </summary>
    public async Task<ExecutionRecord> StartSyncAsync(string account, StartExecutionCommand command)
    {
        var start = Prepare(account, command, ExecutionModes.Express);
        var run = _runs.CreateExpress(NewRecord(start, $"{command.ExecutionName ?? NewName()}:{Guid.NewGuid()}", id: 0));
        run.RecordStarted();
        _scheduler.Start(run);
        return await run.Completion;
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

        var stored = _store.Find(account, flowName, name) ?? throw CloudFlowException.ExecutionNotExists(flowName, name);
        if (!stored.Status.IsTerminal())
        {
            // Stored unfinished but not running: waiting to run again after the store refused a checkpoint.
            throw new CloudFlowException(ErrorCodes.ConcurrentUpdateError, "Update conflict, please retry.");
        }

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

    /// <summary>The checks both start actions share, in the order a caller meets them (api.md StartExecution, Q4).</summary>
    private ExecutionStart Prepare(string account, StartExecutionCommand command, string mode)
    {
        var flow = _flows.Get(account, command.FlowName);
        if (flow.ExecutionMode != mode)
        {
            throw new CloudFlowException(ErrorCodes.ActionNotSupported, $"{flow.ExecutionMode} execution is not supported.");
        }

        var version = command.Qualifier is { } qualifier ? _versions.Resolve(flow, qualifier) : null;
        var input = ExecutionInput.Check(command.Input, _limits);
        if (command.Scenario is { } scenario && _mocks.FindScenario(account, flow.Name, scenario) is null)
        {
            throw CloudFlowException.InvalidArgument($"Flow {flow.Name} has no mock scenario '{scenario}'.");
        }

        if (command.CallbackTaskToken is { } token && _tokens.Verify(account, token) is null)
        {
            throw CloudFlowException.InvalidArgument("CallbackFnFTaskToken is not a task token issued by this emulator.");
        }

        return new ExecutionStart(flow, input, command, version);
    }

    /// <summary>A name for an execution started without one; it passes the same name rule as given ones, so DescribeExecution accepts it.</summary>
    internal static string NewName() => $"execution-{Guid.NewGuid()}";

    private ExecutionRecord NewRecord(ExecutionStart start, string name, long id) => new()
    {
        Id = id,
        Account = start.Flow.Account,
        FlowName = start.Flow.Name,
        Name = name,
        FlowDefinition = start.Version?.Definition ?? start.Flow.Definition,
        Input = start.Input,
        Status = ExecutionStatus.Running,
        StartedTime = _clock.Now,
        RoleArn = start.Flow.RoleArn,
        Environment = start.Flow.Environment,
        Scenario = start.Command.Scenario,
        Qualifier = start.Command.Qualifier,
        CallbackTaskToken = start.Command.CallbackTaskToken,
        FlowVersion = start.Version is { } version ? VersionNumber.Format(version.Version) : null,
    };

    private async Task<ExecutionRun> CreateAsync(ExecutionStart start, string name)
    {
        var run = _runs.Create(NewRecord(start, name, _store.NextId()));
        if (await _scheduler.StartNewAsync(run))
        {
            return run;
        }

        // The name is stored already: finished, or unfinished and not resumed yet (this process just started).
        var existing = _store.Find(start.Flow.Account, start.Flow.Name, name)
            ?? throw new InvalidOperationException($"Execution {name} is neither new nor stored.");
        return existing.Status.IsTerminal()
            ? throw new CloudFlowException(ErrorCodes.ExecutionAlreadyExists, $"Execution {name} for flow {start.Flow.Name} already exists.")
            : _recovery.Resume(existing);
    }

    /// <summary>What a new execution starts from: the flow, the checked Input, and the version its Qualifier chose (the definition that runs).</summary>
    private sealed record ExecutionStart(FlowRecord Flow, string Input, StartExecutionCommand Command, FlowVersionRecord? Version);
}
