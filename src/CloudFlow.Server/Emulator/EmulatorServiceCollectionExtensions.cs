namespace CloudFlow.Server.Emulator;

internal static class EmulatorServiceCollectionExtensions
{
    /// <summary>Registered before the engine, so mocks from the file are in place before stored executions resume.</summary>
    public static IServiceCollection AddCloudFlowEmulator(this IServiceCollection services)
    {
        services.AddOptions<EmulatorOptions>().BindConfiguration(EmulatorOptions.SectionName);
        services.AddSingleton<EmulatorToken>();
        return services.AddHostedService<MocksFileLoader>();
    }
}
