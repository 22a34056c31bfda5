using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>The only switch over state kinds: a new kind fails the build here until it has an executor.</summary>
internal sealed class StateExecutorFactory(TaskIntegrations integrations)
{
    private readonly IStateExecutor _pass = new PassStateExecutor();
    private readonly IStateExecutor _task = new TaskStateExecutor(integrations);
    private readonly IStateExecutor _choice = new ChoiceStateExecutor();
    private readonly IStateExecutor _parallel = new ParallelStateExecutor();
    private readonly IStateExecutor _map = new MapStateExecutor();
    private readonly IStateExecutor _wait = new WaitStateExecutor();
    private readonly IStateExecutor _succeed = new SucceedStateExecutor();
    private readonly IStateExecutor _fail = new FailStateExecutor();

    public IStateExecutor For(StateKind kind) => kind switch
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
