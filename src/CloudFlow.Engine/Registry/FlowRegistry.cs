using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using CloudFlow.Language.Analysis;
using CloudFlow.Language.Parsing;
using Microsoft.Extensions.Logging;

namespace CloudFlow.Engine.Registry;

/// <summary>Owns flows: definitions are validated before they are stored; names are unique per account.</summary>
internal sealed partial class FlowRegistry : IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly FlowStore _store;
    private readonly DefinitionCache _definitions;
    private readonly MockRegistry _mocks;
    private readonly ClockService _clock;
    private readonly LiveExecutions _live;
    private readonly ILogger<FlowRegistry> _logger;

    public FlowRegistry(FlowStore store, DefinitionCache definitions, MockRegistry mocks, ClockService clock, LiveExecutions live, ILogger<FlowRegistry> logger)
    {
        _logger = logger;
        _store = store;
        _definitions = definitions;
        _mocks = mocks;
        _clock = clock;
        _live = live;
    }

    public FlowRecord? Find(string account, string name) => _store.Find(account, name);

    public FlowRecord Get(string account, string name) => Find(account, name) ?? throw CloudFlowException.FlowNotExists(name);

    public IReadOnlyList<FlowRecord> List(string account, string? fromName, int limit) => _store.List(account, fromName, limit);

    public async Task<FlowRecord> CreateAsync(string account, FlowCommand command)
    {
        var mode = string.IsNullOrEmpty(command.ExecutionMode) ? ExecutionModes.Standard : command.ExecutionMode;
        var definition = DefinitionText.Of(command.Definition!);
        Validate(command.Name, definition, mode);
        await _writes.WaitAsync();
        try
        {
            if (_store.Find(account, command.Name) is not null)
            {
                throw new CloudFlowException(ErrorCodes.FlowAlreadyExists, $"Flow {command.Name} already exists.");
            }

            var now = _clock.Now;
            var flow = new FlowRecord
            {
                Account = account,
                Name = command.Name,
                Id = Guid.NewGuid().ToString(),
                Definition = definition,
                Description = command.Description ?? "",
                Type = command.Type ?? "FDL",
                RoleArn = command.RoleArn,
                ExecutionMode = mode,
                ExternalStorageLocation = command.ExternalStorageLocation,
                Environment = command.Environment,
                ResourceGroupId = command.ResourceGroupId,
                CreatedTime = now,
                LastModifiedTime = now,
            };
            await _store.SaveAsync(flow);
            return flow;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<FlowRecord> UpdateAsync(string account, FlowCommand command)
    {
        await _writes.WaitAsync();
        try
        {
            var flow = Get(account, command.Name);
            var definition = flow.Definition;
            if (command.Definition is { } text)
            {
                definition = DefinitionText.Of(text);
                Validate(flow.Name, definition, flow.ExecutionMode);
            }

            var updated = flow with
            {
                Definition = definition,
                Description = command.Description ?? flow.Description,
                Type = command.Type ?? flow.Type,
                RoleArn = command.RoleArn ?? flow.RoleArn,
                Environment = command.Environment ?? flow.Environment,
                LastModifiedTime = _clock.Now,
            };
            await _store.SaveAsync(updated);
            return updated;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Stops the flow's running executions first, then removes it with all it owns (api.md Q10).</summary>
    public async Task DeleteAsync(string account, string name)
    {
        Get(account, name);
        await _live.StopAllAsync(account, name, "FnF.FlowDeleted", $"Flow {name} was deleted.");

        await _writes.WaitAsync();
        try
        {
            await _store.DeleteAsync(account, name);
            _mocks.ForgetFlow(account, name);
        }
        finally
        {
            _writes.Release();
        }
    }

    public void Dispose() => _writes.Dispose();

    /// <summary>An Express flow also keeps to the Express limits its definition shows statically (fdl.md 10, 11.4).</summary>
    private void Validate(string flow, DefinitionText definition, string mode)
    {
        try
        {
            var parsed = _definitions.Get(definition);
            if (mode == ExecutionModes.Express)
            {
                ExpressModeValidator.Validate(parsed);
            }

            foreach (var state in ReachabilityAnalysis.UnreachableStates(parsed))
            {
                Log.UnreachableState(_logger, flow, state);
            }
        }
        catch (FlowDefinitionException e)
        {
            throw CloudFlowException.InvalidArgument(e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {Flow}: state {State} is unreachable (accepted, as CloudFlow does)")]
        public static partial void UnreachableState(ILogger logger, string flow, string state);
    }
}
