using CloudFlow.Server.Http.Authentication;
using CloudFlow.Server.Http.RateLimiting;

namespace CloudFlow.Server.Http;

internal static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddCloudFlowHttp(this IServiceCollection services)
    {
        services.AddRequestAuthentication();
        services.AddSingleton<RpcRequestReader>();
        services.AddExceptionHandler<RpcExceptionHandler>();
        services.AddProblemDetails();
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(limit => limit.RequestsPerSecond >= 0, $"{RateLimitOptions.SectionName}:RequestsPerSecond must be 0 (off) or more.")
            .ValidateOnStart();
        services.AddRateLimiter(options => options.AddPolicy<string, AccountRateLimitPolicy>(AccountRateLimitPolicy.Name));
        return services;
    }
}
