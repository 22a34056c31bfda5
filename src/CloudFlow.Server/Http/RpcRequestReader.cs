using System.Text;
using System.Text.Json;
using CloudFlow.Engine;
using CloudFlow.Engine.Errors;

namespace CloudFlow.Server.Http;

/// <summary>
/// Reads the raw body once (kept for ACS3's body hash), then parses it as a form, or as a JSON object for curl and
/// Postman users; any other content type with a body is 415 (api.md 1.1, decisions.md JSON bodies). The query and a
/// form body are decoded strictly (<see cref="FormDecoder"/>).
/// </summary>
internal sealed class RpcRequestReader(LimitsOptions limits)
{
    private const int MaxJsonDepth = 32;

    public async Task<(RpcParameters? Parameters, byte[] Body, RpcError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, [], new RpcError(ErrorCodes.EntityTooLarge, $"The payload size exceeds maximum allowed size ({limits.RequestBytes} bytes)."));
        }

        var rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        if (FormDecoder.Decode(Encoding.UTF8.GetBytes(rawQuery), "query string", out var queryError) is not { } query)
        {
            return (null, body, new RpcError(ErrorCodes.InvalidArgument, queryError!));
        }

        if (body.Length == 0)
        {
            return (new RpcParameters(query, []), body, null);
        }

        var mediaType = MediaTypeOf(request.ContentType);
        if (mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return FormDecoder.Decode(body, "form body", out var formError) is { } form
                ? (new RpcParameters(query, form), body, null)
                : (null, body, new RpcError(ErrorCodes.InvalidArgument, formError!));
        }

        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            ? ParseJson(query, body)
            : (null, body, new RpcError(ErrorCodes.UnsupportedMediaType, "The content type must be \"application/json\"."));
    }

    /// <summary>Null when the body is over the limit. A declared length is read into an array of that size at once.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            if (length > limits.RequestBytes)
            {
                return null;
            }

            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.RequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReadOnlySpan<char> MediaTypeOf(string? contentType)
    {
        var type = contentType.AsSpan();
        var parameters = type.IndexOf(';');
        return (parameters < 0 ? type : type[..parameters]).Trim();
    }

    /// <summary>Members are the parameters; a value that is not a string is taken as its JSON text.</summary>
    private static (RpcParameters?, byte[], RpcError?) ParseJson(List<KeyValuePair<string, string>> query, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, body, new RpcError(ErrorCodes.InvalidArgument, "Parameter error. A JSON body must be an object whose members are the parameters."));
            }

            var parameters = document.RootElement.EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .ToList();
            return (new RpcParameters(query, parameters), body, null);
        }
        catch (JsonException e)
        {
            return (null, body, new RpcError(ErrorCodes.InvalidArgument, $"Parameter error. The JSON body is not valid: {e.Message}"));
        }
        catch (InvalidOperationException e)
        {
            // A string escape that is not valid UTF-16, such as a lone surrogate ("\ud800"), fails only when read.
            return (null, body, new RpcError(ErrorCodes.InvalidArgument, $"Parameter error. The JSON body is not valid: {e.Message}"));
        }
    }
}
