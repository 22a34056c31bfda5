using CloudFlow.Engine.Errors;
using CloudFlow.Server.Http.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace CloudFlow.Server.Http;

/// <summary>
/// The one RPC endpoint at <c>/</c> (api.md 1 and Appendix B): admission (<see cref="RpcAdmission"/>), the account's
/// rate limit, then dispatch, turning every engine error into the documented envelope.
/// </summary>
internal static class RpcEndpoint
{
    public const string ApiVersion = "2019-03-15";

    /// <summary>Admission, then the per-account limiter; both act only on the RPC endpoint. With no limit set, no limiter runs at all.</summary>
    public static IApplicationBuilder UseCloudFlowRpc(this IApplicationBuilder app)
    {
        app.UseMiddleware<RpcAdmission>();
        return RateLimitOptions.IsOn(app.ApplicationServices) ? app.UseRateLimiter() : app;
    }

    public static IEndpointRouteBuilder MapCloudFlowRpc(this IEndpointRouteBuilder routes)
    {
        var rpc = routes.Map("/", HandleAsync)
            .WithMetadata(RpcEndpointTag.Instance)
            .ExcludeFromDescription();
        if (RateLimitOptions.IsOn(routes.ServiceProvider))
        {
            rpc.RequireRateLimiting(AccountRateLimitPolicy.Name);
        }

        return routes;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var request = http.Features.GetRequiredFeature<RpcRequest>();
        var error = await DispatchAsync(http, request);
        if (error is not null)
        {
            RpcResponder.WriteError(http, request.RequestId, error);
        }
    }

    private static async Task<RpcError?> DispatchAsync(HttpContext http, RpcRequest request)
    {
        if (ActionDispatcher.Find(request.ActionName) is not { } action)
        {
            return new RpcError(ErrorCodes.ActionNotSupported, $"The requested API operation '{request.ActionName}' is incorrect. Please check.");
        }

        try
        {
            await action.ExecuteAsync(new RpcContext(http, request.Parameters, request.Account, request.RequestId));
            return null;
        }
        catch (CloudFlowException e)
        {
            return new RpcError(e.Code, e.Message);
        }
    }
}
