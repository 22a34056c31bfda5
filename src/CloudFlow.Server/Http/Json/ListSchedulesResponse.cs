namespace CloudFlow.Server.Http.Json;

internal sealed record ListSchedulesResponse(IReadOnlyList<ScheduleResponse> Schedules, string? NextToken) : RpcResponse;
