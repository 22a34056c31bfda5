using System.Text;
using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter.Integrations.Http;

/// <summary>
/// <c>HTTP:Request</c> (fdl.md 11.3): every HTTP answer, whatever its status, is the result
/// <c>{"Header", "Code", "Body"}</c>, and the flow decides with a Choice; only a failed exchange is an error.
/// </summary>
internal sealed class HttpRequestIntegration(IHttpClientFactory clients) : ITaskIntegration
{
    private const string RequestFailed = "FnF.HttpRequestFailed";

    public bool Handles(string action) => action == "HTTP:Request";

    public async ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken)
    {
        using var request = Build(invocation);
        try
        {
            using var response = await clients.CreateClient(HttpBodies.ClientName).SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new TaskResponse(new JsonObject
            {
                ["Header"] = HttpBodies.Headers(response),
                ["Code"] = (int)response.StatusCode,
                ["Body"] = HttpBodies.Parse(body),
            });
        }
        catch (HttpRequestException e)
        {
            throw invocation.Error(RequestFailed, $"the request to {request.RequestUri} failed: {e.Message}");
        }
    }

    private static HttpRequestMessage Build(TaskInvocation invocation)
    {
        var url = invocation.Text("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw invocation.Error(RequestFailed, $"the parameter url must be an absolute http or https URL, not {JsonText.Of(invocation.Parameter("url"))}.");
        }

        HttpMethod method;
        try
        {
            method = new HttpMethod((invocation.Text("method") ?? "GET").ToUpperInvariant());
        }
        catch (FormatException)
        {
            throw invocation.Error(RequestFailed, $"'{invocation.Text("method")}' is not an HTTP method.");
        }

        var request = new HttpRequestMessage(method, WithQueries(uri, invocation.Parameter("queries") as JsonObject))
        {
            Content = HttpBodies.Content(invocation.Parameter("body")),
        };
        foreach (var (name, value) in invocation.Parameter("headers") as JsonObject ?? [])
        {
            if (!request.Headers.TryAddWithoutValidation(name, HttpBodies.TextOf(value)))
            {
                // A content header (Content-Type): it belongs to the body.
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, HttpBodies.TextOf(value));
            }
        }

        return request;
    }

    private static Uri WithQueries(Uri uri, JsonObject? queries)
    {
        if (queries is null || queries.Count == 0)
        {
            return uri;
        }

        var query = new StringBuilder(uri.Query.TrimStart('?'));
        foreach (var (name, value) in queries)
        {
            IEnumerable<JsonNode?> items = value is JsonArray list ? list : new[] { value };
            foreach (var item in items)
            {
                query.Append(query.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(HttpBodies.TextOf(item)));
            }
        }

        return new UriBuilder(uri) { Query = query.ToString() }.Uri;
    }
}
