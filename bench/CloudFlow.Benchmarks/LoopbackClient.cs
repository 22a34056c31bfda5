namespace CloudFlow.Benchmarks;

internal static class LoopbackClient
{
    /// <summary>A client that keeps its connections, so a load loop measures requests and not handshakes.</summary>
    public static HttpClient Create(Uri baseAddress, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        UseCookies = false,
    })
    {
        BaseAddress = baseAddress,
        Timeout = timeout,
    };
}
