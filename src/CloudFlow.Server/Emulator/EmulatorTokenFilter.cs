using CloudFlow.Engine.Errors;

namespace CloudFlow.Server.Emulator;

/// <summary>decisions.md: with <c>CloudFlow:Emulator:Token</c> set, /_emulator/ calls without that token are 403 <c>AccessDenied</c>.</summary>
internal sealed class EmulatorTokenFilter(EmulatorToken token) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!token.Admits(context.HttpContext.Request.Headers[EmulatorToken.HeaderName].ToString()))
        {
            return EmulatorEndpoints.Error(
                ErrorCodes.AccessDenied, $"The resources doesn't belong to you. The /_emulator/ endpoints need the {EmulatorToken.HeaderName} header.");
        }

        return await next(context);
    }
}
