namespace CloudFlow.Server.Http.Json;

internal sealed record ListFlowsResponse(IReadOnlyList<FlowResponse> Flows, string? NextToken) : RpcResponse;

internal sealed record ListExecutionsResponse(IReadOnlyList<ExecutionResponse> Executions, string? NextToken) : RpcResponse;

internal sealed record HistoryResponse(IReadOnlyList<EventResponse> Events, string? NextToken) : RpcResponse;

internal sealed record EventResponse(long EventId, long ScheduleEventId, string Type, string StepName, string Time, string EventDetail);

internal sealed record EmptyResponse : RpcResponse;
