namespace CloudFlow.Server.Http.Authentication;

/// <summary>api.md 1.5: <c>Open</c> accepts every request, <c>Strict</c> verifies signatures.</summary>
internal enum AuthenticationMode
{
    Open,
    Strict,
}
