using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Interpreter.Legacy;
using CloudFlow.Engine.Time;
using CloudFlow.Language.Definitions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine.Interpreter;

/// <summary>Builds the live run of a new execution, or of a stored one resuming after a restart.</summary>
internal sealed class ExecutionRunFactory(
    DefinitionCache definitions,
    ClockService clocks,
    ExecutionStore store,
    MockRegistry mocks,
    IHostApplicationLifetime lifetime,
    IOptions<CloudFlowOptions> options)
{
    private readonly StateMachineDataFlow _stateMachineFlow = new(options.Value.Limits);
    private readonly LegacyDataFlow _legacyFlow = new(options.Value.Limits);

    public ExecutionRun Create(ExecutionRecord record) => Build(record, [], new Dictionary<string, string>(), express: false, stored: false);

    public ExecutionRun CreateExpress(ExecutionRecord record) => Build(record, [], new Dictionary<string, string>(), express: true, stored: false);

    public ExecutionRun Resume(ExecutionRecord record) =>
        Build(record, store.ReadHistory(record.Id, 0, int.MaxValue), store.ReadEffects(record.Id), express: false, stored: true);

    private ExecutionRun Build(ExecutionRecord record, IReadOnlyList<HistoryEvent> events, IReadOnlyDictionary<string, string> effects, bool express, bool stored)
    {
        var activity = clocks.NewActivity();
        var clock = clocks.ForExecution(record.ClockOffset, activity);
        var definition = definitions.Get(record.FlowDefinition);
        return new ExecutionRun(
            record,
            definition,
            definition.Dialect is FlowDialect.LegacyFlow ? _legacyFlow : _stateMachineFlow,
            activity,
            clock,
            new HistoryLog(clock, options.Value.Limits.HistoryEvents, events, keepsEvents: !express),
            new EffectJournal(effects),
            new TaskResultSource(mocks, record.Account, record.FlowName, record.Scenario),
            store,
            express,
            stored,
            lifetime.ApplicationStopping);
    }
}
