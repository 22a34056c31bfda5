using System.Collections.Frozen;
using CloudFlow.Server.Http.Actions.Aliases;
using CloudFlow.Server.Http.Actions.Executions;
using CloudFlow.Server.Http.Actions.Flows;
using CloudFlow.Server.Http.Actions.Regions;
using CloudFlow.Server.Http.Actions.Schedules;
using CloudFlow.Server.Http.Actions.Tasks;
using CloudFlow.Server.Http.Actions.Versions;

namespace CloudFlow.Server.Http;

/// <summary>Action name to handler, built once (LocalStack's @handler table as a dictionary).</summary>
internal static class ActionDispatcher
{
    public static IReadOnlyList<IRpcAction> All { get; } =
    [
        CreateFlowHandler.Action,
        UpdateFlowHandler.Action,
        DeleteFlowHandler.Action,
        DescribeFlowHandler.Action,
        ListFlowsHandler.Action,
        StartExecutionHandler.Action,
        StartSyncExecutionHandler.Action,
        DescribeExecutionHandler.Action,
        ListExecutionsHandler.Action,
        StopExecutionHandler.Action,
        GetExecutionHistoryHandler.Action,
        PublishFlowVersionHandler.Action,
        ListFlowVersionsHandler.Action,
        DeleteFlowVersionHandler.Action,
        CreateFlowAliasHandler.Action,
        UpdateFlowAliasHandler.Action,
        DescribeFlowAliasHandler.Action,
        ListFlowAliasesHandler.Action,
        DeleteFlowAliasHandler.Action,
        CreateScheduleHandler.Action,
        UpdateScheduleHandler.Action,
        DeleteScheduleHandler.Action,
        DescribeScheduleHandler.Action,
        ListSchedulesHandler.Action,
        ReportTaskSucceededHandler.Action,
        ReportTaskFailedHandler.Action,
        DescribeRegionsHandler.Action,
    ];

    private static readonly FrozenDictionary<string, IRpcAction> ByName = All.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    public static IRpcAction? Find(string name) => ByName.GetValueOrDefault(name);
}
