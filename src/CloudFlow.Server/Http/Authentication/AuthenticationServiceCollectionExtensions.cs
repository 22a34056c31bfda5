namespace CloudFlow.Server.Http.Authentication;

internal static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddRequestAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthenticationOptions>()
            .BindConfiguration(AuthenticationOptions.SectionName)
            .Validate(
                auth => auth.Keys.Values.All(key => key.Secret.Length > 0 && key.Account.Length > 0),
                $"Every {AuthenticationOptions.SectionName}:Keys entry needs a Secret and an Account.")
            .ValidateOnStart();
        services.AddSingleton<RequestAuthenticator>();
        return services;
    }
}
