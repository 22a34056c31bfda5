using CloudFlow.Engine.Functions;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Interpreter.Callbacks;
using CloudFlow.Engine.Interpreter.Executors;
using CloudFlow.Engine.Interpreter.Integrations;
using CloudFlow.Engine.Interpreter.Integrations.FunctionCompute;
using CloudFlow.Engine.Interpreter.Integrations.Http;
using CloudFlow.Engine.Interpreter.Integrations.SubFlows;
using CloudFlow.Engine.Interpreter.Plans;
using CloudFlow.Engine.Interpreter.Tasks;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Scheduling;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CloudFlow.Engine;

public static class CloudFlowEngineServiceCollectionExtensions
{
    /// <summary>The engine: storage under CloudFlow:DataDirectory, registries, the interpreter and its worker.</summary>
    public static IServiceCollection AddCloudFlowEngine(this IServiceCollection services)
    {
        services.AddOptions<CloudFlowOptions>().BindConfiguration(CloudFlowOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CloudFlowOptions>>().Value.Limits);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<CloudFlowOptions>>().Value.DataDirectory));
        services.AddSingleton<WriteQueue>();
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<FlowStore>();
        services.AddSingleton<FlowVersionStore>();
        services.AddSingleton<FlowAliasStore>();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<ExecutionStore>();
        services.AddSingleton<MockStore>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ClockService>();
        services.AddSingleton<MockRegistry>();
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<LiveExecutions>();
        services.AddSingleton<FlowRegistry>();
        services.AddSingleton<FlowVersionRegistry>();
        services.AddSingleton<FlowAliasRegistry>();
        services.AddSingleton<ScheduleChanges>();
        services.AddSingleton<ScheduleRegistry>();
        services.AddSingleton<ExecutionRegistry>();
        services.AddSingleton(provider => new Lazy<ExecutionRegistry>(provider.GetRequiredService<ExecutionRegistry>));
        services.AddSingleton<ExecutionRunFactory>();
        services.AddSingleton<ExecutionQueue>();
        services.AddSingleton<ExecutionRecovery>();
        services.AddSingleton<ExecutionScheduler>();
        services.AddIntegrations();
        services.AddSingleton<StateExecutorFactory>();
        services.AddSingleton<FlowPlans>();
        services.AddSingleton<StateRunner>();
        services.AddSingleton<ScopeRunner>();
        services.AddSingleton<ExecutionRunner>();
        services.AddHostedService<ExecutionWorker>();
        services.AddHostedService<ScheduleWorker>();
        return services;
    }

    /// <summary>What Task states call (fdl.md 11) and the callbacks that complete them (fdl.md 11.4).</summary>
    private static void AddIntegrations(this IServiceCollection services)
    {
        services.AddHttpClient(HttpBodies.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<FunctionStore>();
        services.AddSingleton<LocalFunctionRegistry>();
        services.AddSingleton<ITaskIntegration, FunctionComputeIntegration>();
        services.AddSingleton<ITaskIntegration, HttpRequestIntegration>();
        services.AddSingleton<ITaskIntegration, SubFlowIntegration>();
        services.AddSingleton<TaskIntegrations>();
        services.AddSingleton<TaskTokens>();
        services.AddSingleton<CallbackRegistry>();
        services.AddSingleton<TaskCallbacks>();
        services.AddSingleton<TaskReports>();
        services.AddSingleton<TaskInvoker>();
        services.AddSingleton<CallbackAttempt>();
        services.AddSingleton<TaskStateExecutor>();
    }
}
