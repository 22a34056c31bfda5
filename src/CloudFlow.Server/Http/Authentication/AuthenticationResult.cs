using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Server.Http.Authentication;

/// <summary>Either the account a request belongs to or why it was rejected.</summary>
internal sealed class AuthenticationResult
{
    private AuthenticationResult(string? account, AuthenticationError? error) => (Account, Error) = (account, error);

    public string? Account { get; }
    public AuthenticationError? Error { get; }

    [MemberNotNullWhen(true, nameof(Account))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Account is not null;

    public static AuthenticationResult Success(string account) => new(account, null);
    public static AuthenticationResult Failure(AuthenticationError error) => new(null, error);

    public static implicit operator AuthenticationResult(AuthenticationError error) => Failure(error);
}
