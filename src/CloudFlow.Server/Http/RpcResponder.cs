using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudFlow.Server.Http.Json;

namespace CloudFlow.Server.Http;

/// <summary>
/// Writes every answer: JSON, RequestId in the body and in x-acs-request-id (api.md 1.1, 1.7). The body is serialized
/// into a buffer kept per thread and handed to Kestrel whole, with its Content-Length: Kestrel sends it with the
/// headers when the request ends, instead of a chunked body flushed by the serializer.
/// </summary>
internal static class RpcResponder
{
    private const string JsonContentType = "application/json;charset=utf-8";
    private const int InitialBufferBytes = 4096;

    // A buffer that grew past this (a long list) is dropped after its answer rather than kept by the thread.
    private const int MaxKeptBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static void Write<T>(HttpContext http, string requestId, T body, JsonTypeInfo<T> type) =>
        WriteJson(http.Response, StatusCodes.Status200OK, requestId, body, type);

    public static void WriteError(HttpContext http, string requestId, RpcError error) =>
        WriteJson(
            http.Response,
            ErrorStatusMap.StatusOf(error.Code),
            requestId,
            new ErrorEnvelope(requestId, http.Request.Host.Value ?? "", error.Code, error.Message),
            CloudFlowJsonContext.Wire.ErrorEnvelope);

    /// <summary>
    /// An upper-case version-4 UUID (api.md 1.7). A request id must be unique, not unguessable, so its bits come from the
    /// shared pseudo-random generator rather than from Guid.NewGuid's system call, and it is formatted in one string.
    /// </summary>
    public static string NewRequestId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return string.Create(36, new Guid(bytes), static (text, id) =>
        {
            id.TryFormat(text, out _);
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = char.ToUpperInvariant(text[i]);
            }
        });
    }

    private static void WriteJson<T>(HttpResponse response, int status, string requestId, T body, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBufferBytes);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CloudFlowJsonContext.Wire.Options.Encoder });
        try
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, body, type);
            response.StatusCode = status;
            response.Headers["x-acs-request-id"] = requestId;
            response.ContentType = JsonContentType;
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBufferBytes)
            {
                (t_buffer, t_writer) = (null, null);
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }
    }
}
