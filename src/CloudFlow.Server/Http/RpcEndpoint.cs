using CloudFlow.Engine.Errors;
using CloudFlow.Server.Http.Authentication;

namespace CloudFlow.Server.Http;

/// <summary>
/// The one RPC endpoint at <c>/</c> (api.md 1 and Appendix B): read the parameters, resolve Action and Version,
/// authenticate, dispatch, and turn every engine error into the documented envelope.
/// </summary>
internal static class RpcEndpoint
{
    public const string ApiVersion = "2019-03-15";

    public static IEndpointRouteBuilder MapCloudFlowRpc(this IEndpointRouteBuilder routes)
    {
        routes.Map("/", HandleAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task HandleAsync(HttpContext http, RpcRequestReader reader, RequestAuthenticator authenticator, TimeProvider time)
    {
        var requestId = RpcResponder.NewRequestId();
        var error = await DispatchAsync(http, requestId, reader, authenticator, time);
        if (error is not null)
        {
            await RpcResponder.WriteErrorAsync(http, requestId, error);
        }
    }

    private static async Task<RpcError?> DispatchAsync(HttpContext http, string requestId, RpcRequestReader reader, RequestAuthenticator authenticator, TimeProvider time)
    {
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            return new RpcError(ErrorCodes.MethodNotAllowed, $"The HTTP method '{method}' is not supported.");
        }

        var (parameters, body, readError) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (readError is not null)
        {
            return readError;
        }

        var actionName = parameters!["Action"] ?? Header(http, "x-acs-action");
        if (actionName is null)
        {
            return Missing("Action");
        }

        var version = parameters["Version"] ?? Header(http, "x-acs-version");
        if (version is null)
        {
            return Missing("Version");
        }

        if (version != ApiVersion)
        {
            return new RpcError(ErrorCodes.ApiVersionNotSupported, $"The requested API version '{version}' is not supported yet. Please check.");
        }

        var authentication = authenticator.Authenticate(new AuthenticationRequest(
            method, parameters.Query, parameters.Body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()), body, time.GetUtcNow()));
        if (!authentication.Succeeded)
        {
            return new RpcError(authentication.Error.Code, authentication.Error.Message);
        }

        if (ActionDispatcher.Find(actionName) is not { } action)
        {
            return new RpcError(ErrorCodes.ActionNotSupported, $"The requested API operation '{actionName}' is incorrect. Please check.");
        }

        try
        {
            await action.ExecuteAsync(new RpcContext(http, parameters, authentication.Account, requestId));
            return null;
        }
        catch (CloudFlowException e)
        {
            return new RpcError(e.Code, e.Message);
        }
    }

    private static RpcError Missing(string name) => new(ErrorCodes.MissingRequiredParams, $"The HTTP query '{name}' must be specified.");

    private static string? Header(HttpContext http, string name) =>
        http.Request.Headers.TryGetValue(name, out var value) && value.Count > 0 && value[0] is { Length: > 0 } text ? text : null;
}
