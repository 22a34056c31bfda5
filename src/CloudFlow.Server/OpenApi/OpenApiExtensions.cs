namespace CloudFlow.Server.OpenApi;

/// <summary>Swagger UI at /swagger, describing the Action-dispatched RPC operations (RpcOperationsFilter).</summary>
internal static class OpenApiExtensions
{
    public static IServiceCollection AddCloudFlowOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new() { Title = "CloudFlow emulator (fnf 2019-03-15)", Version = "2019-03-15" });
            options.DocumentFilter<RpcOperationsFilter>();
        });
        return services;
    }

    /// <summary>Only requests under /swagger go through Swashbuckle's middleware (a static-file server among them).</summary>
    public static void UseCloudFlowOpenApi(this WebApplication app) =>
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase),
            swagger =>
            {
                swagger.UseSwagger();
                swagger.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "CloudFlow emulator"));
            });
}
