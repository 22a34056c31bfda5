using CloudFlow.Engine.Errors;
using CloudFlow.Server.Http.Authentication;

namespace CloudFlow.Server.Http;

/// <summary>
/// The first half of the RPC endpoint (api.md Appendix B steps 1-3): method, parameters, Action and Version, then the
/// signature. It is middleware so that the rate limiter, which runs before endpoints, can partition by the account the
/// request authenticated as. A rejected request is answered here; an admitted one carries its <see cref="RpcRequest"/>.
/// </summary>
internal sealed class RpcAdmission(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, RpcRequestReader reader, RequestAuthenticator authenticator, TimeProvider time)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<RpcEndpointTag>() is null)
        {
            await next(http);
            return;
        }

        var requestId = RpcResponder.NewRequestId();
        var (request, error) = await AdmitAsync(http, requestId, reader, authenticator, time);
        if (request is null)
        {
            RpcResponder.WriteError(http, requestId, error!);
            return;
        }

        http.Features.Set(request);
        await next(http);
    }

    private static async Task<(RpcRequest? Request, RpcError? Error)> AdmitAsync(
        HttpContext http, string requestId, RpcRequestReader reader, RequestAuthenticator authenticator, TimeProvider time)
    {
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            return (null, new RpcError(ErrorCodes.MethodNotAllowed, $"The HTTP method '{method}' is not supported."));
        }

        var (parameters, body, readError) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (readError is not null)
        {
            return (null, readError);
        }

        var actionName = parameters!["Action"] ?? Header(http, "x-acs-action");
        if (actionName is null)
        {
            return (null, Missing("Action"));
        }

        var version = parameters["Version"] ?? Header(http, "x-acs-version");
        if (version is null)
        {
            return (null, Missing("Version"));
        }

        if (version != RpcEndpoint.ApiVersion)
        {
            return (null, new RpcError(ErrorCodes.ApiVersionNotSupported, $"The requested API version '{version}' is not supported yet. Please check."));
        }

        var authentication = authenticator.Authenticate(new AuthenticationRequest(
            method, parameters.Query, parameters.Body, new RequestHeaderView(http.Request.Headers), body, time.GetUtcNow()));
        return authentication.Succeeded
            ? (new RpcRequest(requestId, actionName, parameters, authentication.Account), null)
            : (null, new RpcError(authentication.Error.Code, authentication.Error.Message));
    }

    private static RpcError Missing(string name) => new(ErrorCodes.MissingRequiredParams, $"The HTTP query '{name}' must be specified.");

    private static string? Header(HttpContext http, string name) =>
        http.Request.Headers.TryGetValue(name, out var value) && value.Count > 0 && value[0] is { Length: > 0 } text ? text : null;
}
