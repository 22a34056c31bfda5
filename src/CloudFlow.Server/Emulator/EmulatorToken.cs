using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Emulator;

/// <summary><c>CloudFlow:Emulator:Token</c> (decisions.md, Accounts and authentication): whether the emulator surfaces need it, and whether a sent value is it.</summary>
internal sealed class EmulatorToken(IOptions<EmulatorOptions> options)
{
    public const string HeaderName = "x-emulator-token";

    private readonly byte[]? _token = options.Value.Token is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public bool IsRequired => _token is not null;

    /// <summary>True when no token is set, or <paramref name="sent"/> is it; compared in constant time.</summary>
    public bool Admits(string? sent) => _token is null || CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent ?? ""), _token);
}
