namespace CloudFlow.Server.Http.Json;

/// <summary>api.md ReportTaskSucceeded and ReportTaskFailed: the id of the event that recorded the report.</summary>
internal sealed record ReportTaskResponse(long EventId) : RpcResponse;
