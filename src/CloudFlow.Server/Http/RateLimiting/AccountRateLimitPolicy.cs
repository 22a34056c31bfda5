using System.Threading.RateLimiting;
using CloudFlow.Engine.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Http.RateLimiting;

/// <summary>
/// One token bucket per account, as the cloud's API limits are (api.md 5: a bucket of N refilled with N per second);
/// a request past it is 429 <c>ResourceThrottled</c> in the error envelope. The account comes from admission. Only
/// used when a limit is set (<see cref="RateLimitOptions.IsOn"/>).
/// </summary>
internal sealed class AccountRateLimitPolicy(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "account";

    private readonly int _perSecond = options.Value.RequestsPerSecond;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        var http = context.HttpContext;
        var requestId = http.Features.Get<RpcRequest>()?.RequestId ?? RpcResponder.NewRequestId();
        RpcResponder.WriteError(http, requestId, new RpcError(ErrorCodes.ResourceThrottled, "The request is throttled. Please try again later."));
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var account = httpContext.Features.Get<RpcRequest>()?.Account ?? "";
        return RateLimitPartition.GetTokenBucketLimiter(account, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _perSecond,
            TokensPerPeriod = _perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
