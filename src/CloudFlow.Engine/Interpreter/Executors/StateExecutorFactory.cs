using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>
/// The only switch over state kinds: a new kind fails the build here until it has an executor. The legacy dialect
/// swaps in its own executor only for the kinds whose work differs (fdl-legacy.md 3.3, 3.5, 3.6).
/// </summary>
internal sealed class StateExecutorFactory(TaskStateExecutor task)
{
    private readonly IStateExecutor _pass = new PassStateExecutor();
    private readonly IStateExecutor _task = task;
    private readonly IStateExecutor _choice = new ChoiceStateExecutor();
    private readonly IStateExecutor _parallel = new ParallelStateExecutor();
    private readonly IStateExecutor _map = new MapStateExecutor();
    private readonly IStateExecutor _wait = new WaitStateExecutor();
    private readonly IStateExecutor _succeed = new SucceedStateExecutor();
    private readonly IStateExecutor _fail = new FailStateExecutor();
    private readonly IStateExecutor _legacyChoice = new LegacyChoiceStepExecutor();
    private readonly IStateExecutor _legacyForeach = new LegacyForeachStepExecutor();
    private readonly IStateExecutor _legacyWait = new LegacyWaitStepExecutor();

    public IStateExecutor For(StateKind kind, FlowDialect dialect) => (dialect, kind) switch
    {
        (FlowDialect.LegacyFlow, StateKind.Choice) => _legacyChoice,
        (FlowDialect.LegacyFlow, StateKind.Map) => _legacyForeach,
        (FlowDialect.LegacyFlow, StateKind.Wait) => _legacyWait,
        _ => Shared(kind),
    };

    private IStateExecutor Shared(StateKind kind) => kind switch
    {
        StateKind.Pass => _pass,
        StateKind.Task => _task,
        StateKind.Choice => _choice,
        StateKind.Parallel => _parallel,
        StateKind.Map => _map,
        StateKind.Wait => _wait,
        StateKind.Succeed => _succeed,
        StateKind.Fail => _fail,
    };
}
