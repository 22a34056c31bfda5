using System.Security.Cryptography;
using System.Text;
using CloudFlow.Engine.Errors;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Emulator;

/// <summary>decisions.md: with <c>CloudFlow:Emulator:Token</c> set, /_emulator/ calls without that token are 403 <c>AccessDenied</c>.</summary>
internal sealed class EmulatorTokenFilter(IOptions<EmulatorOptions> options) : IEndpointFilter
{
    public const string HeaderName = "x-emulator-token";

    private readonly byte[]? _token = options.Value.Token is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_token is not null && !Matches(context.HttpContext.Request.Headers[HeaderName].ToString()))
        {
            return EmulatorEndpoints.Error(
                ErrorCodes.AccessDenied, $"The resources doesn't belong to you. The /_emulator/ endpoints need the {HeaderName} header.");
        }

        return await next(context);
    }

    private bool Matches(string sent) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _token);
}
