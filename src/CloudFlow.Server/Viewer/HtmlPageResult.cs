namespace CloudFlow.Server.Viewer;

/// <summary>
/// A viewer page. Its Content-Security-Policy lets nothing run and nothing load: the pages need no script, so a
/// value that ever escaped encoding still could not act. Not stored by the browser: the pages show live state.
/// </summary>
internal sealed class HtmlPageResult(Html page, int statusCode = StatusCodes.Status200OK) : IResult
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync(page.ToString(), httpContext.RequestAborted);
    }
}
