using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Http.RateLimiting;

/// <summary>The <c>CloudFlow:RateLimit</c> section (decisions.md, Accounts and authentication: Throttling).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "CloudFlow:RateLimit";

    /// <summary>RPC requests each account may make per second; 0 (the default) turns throttling off.</summary>
    public int RequestsPerSecond { get; set; }

    public static bool IsOn(IServiceProvider services) =>
        services.GetRequiredService<IOptions<RateLimitOptions>>().Value.RequestsPerSecond > 0;
}
