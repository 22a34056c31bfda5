using CloudFlow.Server.Http.Authentication;

namespace CloudFlow.Server.Http;

internal static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddCloudFlowHttp(this IServiceCollection services)
    {
        services.AddRequestAuthentication();
        services.AddSingleton<RpcRequestReader>();
        services.AddExceptionHandler<RpcExceptionHandler>();
        services.AddProblemDetails();
        return services;
    }
}
