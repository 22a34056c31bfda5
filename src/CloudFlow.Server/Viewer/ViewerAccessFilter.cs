using CloudFlow.Engine.Errors;
using CloudFlow.Server.Emulator;
using CloudFlow.Server.Http;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// The viewer is an emulator surface: with <c>CloudFlow:Emulator:Token</c> set it needs the token, as /_emulator does.
/// A browser cannot send the <c>x-emulator-token</c> header, so opening <c>/ui?token=…</c> once puts the token in a
/// cookie and redirects to the same page without it: the token stays out of the links, the history and the Referer
/// (docs/decisions.md, Viewer).
/// </summary>
internal sealed class ViewerAccessFilter(EmulatorToken token) : IEndpointFilter
{
    public const string QueryName = "token";
    public const string CookieName = "cloudflow-emulator-token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!token.IsRequired)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        if (http.Request.Query[QueryName] is [{ } sent])
        {
            return token.Admits(sent) ? Remember(http, sent) : Refused(http);
        }

        var admitted = token.Admits(http.Request.Headers[EmulatorToken.HeaderName].ToString()) || token.Admits(http.Request.Cookies[CookieName]);
        return admitted ? await next(context) : Refused(http);
    }

    private static IResult Remember(HttpContext http, string sent)
    {
        // Lax, not Strict: a Strict cookie set while following a link from elsewhere is not sent on the redirect that follows.
        http.Response.Cookies.Append(CookieName, sent, new CookieOptions
        {
            Path = ViewerLinks.Root,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
        });
        var rest = http.Request.Query.Where(p => p.Key != QueryName).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        return Results.Redirect(http.Request.PathBase + http.Request.Path + QueryString.Create(rest).ToUriComponent());
    }

    private static HtmlPageResult Refused(HttpContext http) => new(
        ErrorPage.Render(
            ViewerLinks.For(http),
            ErrorCodes.AccessDenied,
            $"The viewer needs the emulator token (CloudFlow:Emulator:Token): open {ViewerLinks.Root}?{QueryName}=<the token> once, or send the {EmulatorToken.HeaderName} header."),
        ErrorStatusMap.StatusOf(ErrorCodes.AccessDenied));
}
