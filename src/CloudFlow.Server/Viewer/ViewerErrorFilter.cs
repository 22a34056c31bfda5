using CloudFlow.Engine.Errors;
using CloudFlow.Server.Http;

namespace CloudFlow.Server.Viewer;

/// <summary>An engine or validation error becomes a page with the status the API gives its code (404 for a missing flow or execution).</summary>
internal sealed class ViewerErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CloudFlowException e)
        {
            return new HtmlPageResult(ErrorPage.Render(ViewerLinks.For(context.HttpContext), e.Code, e.Message), ErrorStatusMap.StatusOf(e.Code));
        }
    }
}
