namespace CloudFlow.Server.Http.Authentication;

/// <summary>A rejected request, ready for the error envelope (api.md 1.7).</summary>
internal sealed record AuthenticationError(string Code, string Message, int StatusCode);
