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

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/x-www-form-urlencoded" => FormDecoder.Decode(body, "form body", out var formError) is { } form
                ? (new RpcParameters(query, form), body, null)
                : (null, body, new RpcError(ErrorCodes.InvalidArgument, formError!)),
            "application/json" => ParseJson(query, body),
            _ => (null, body, new RpcError(ErrorCodes.UnsupportedMediaType, "The content type must be \"application/json\".")),
        };
    }

    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limits.RequestBytes)
        {
            return null;
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
