using System.Collections.Frozen;
using CloudFlow.Server.Http.Actions.Executions;
using CloudFlow.Server.Http.Actions.Flows;
using CloudFlow.Server.Http.Actions.Tasks;

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
        DescribeExecutionHandler.Action,
        ListExecutionsHandler.Action,
        StopExecutionHandler.Action,
        GetExecutionHistoryHandler.Action,
        ReportTaskSucceededHandler.Action,
        ReportTaskFailedHandler.Action,
    ];

    private static readonly FrozenDictionary<string, IRpcAction> ByName = All.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    public static IRpcAction? Find(string name) => ByName.GetValueOrDefault(name);
}
