using System.Text.Json.Serialization.Metadata;
using CloudFlow.Server.Http.Json;

namespace CloudFlow.Server.Http;

/// <summary>Writes every answer: JSON, RequestId in the body and in x-acs-request-id (api.md 1.1, 1.7).</summary>
internal static class RpcResponder
{
    private const string JsonContentType = "application/json;charset=utf-8";

    public static Task WriteAsync<T>(HttpContext http, string requestId, T body, JsonTypeInfo<T> type)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.Headers["x-acs-request-id"] = requestId;
        http.Response.ContentType = JsonContentType;
        return System.Text.Json.JsonSerializer.SerializeAsync(http.Response.Body, body, type, http.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext http, string requestId, RpcError error)
    {
        var envelope = new ErrorEnvelope(requestId, http.Request.Host.Value ?? "", error.Code, error.Message);
        http.Response.StatusCode = ErrorStatusMap.StatusOf(error.Code);
        http.Response.Headers["x-acs-request-id"] = requestId;
        http.Response.ContentType = JsonContentType;
        return System.Text.Json.JsonSerializer.SerializeAsync(http.Response.Body, envelope, CloudFlowJsonContext.Wire.ErrorEnvelope);
    }

    public static string NewRequestId() => Guid.NewGuid().ToString().ToUpperInvariant();
}
