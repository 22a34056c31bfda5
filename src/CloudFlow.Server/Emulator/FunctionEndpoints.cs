using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Functions;

namespace CloudFlow.Server.Emulator;

/// <summary>
/// Local functions set at run time (decisions.md, Task integrations): <c>/_emulator/functions/{f}</c> for FC 3.0 ARNs,
/// <c>/_emulator/functions/{svc}/{f}</c> for FC 2.0 and legacy ones, with the body <c>{"Url": "…"}</c>.
/// </summary>
internal static class FunctionEndpoints
{
    public static RouteGroupBuilder MapLocalFunctions(this RouteGroupBuilder emulator)
    {
        emulator.MapGet("/functions", (HttpContext http, LocalFunctionRegistry functions) =>
            Results.Json(new JsonObject { ["Functions"] = new JsonArray([.. functions.List(EmulatorEndpoints.Account(http)).Select(Body)]) }));
        foreach (var pattern in (string[])["/functions/{function}", "/functions/{service}/{function}"])
        {
            emulator.MapPut(pattern, SetAsync);
            emulator.MapGet(pattern, (HttpContext http, LocalFunctionRegistry functions) =>
                functions.Find(EmulatorEndpoints.Account(http), Key(http)) is { } function
                    ? Results.Json(Body(function))
                    : EmulatorEndpoints.NotFound($"No local function is configured for '{Key(http)}'."));
            emulator.MapDelete(pattern, async (HttpContext http, LocalFunctionRegistry functions) =>
                await functions.DeleteAsync(EmulatorEndpoints.Account(http), Key(http))
                    ? Results.NoContent()
                    : EmulatorEndpoints.NotFound($"No local function was set at run time for '{Key(http)}' (configured ones stay)."));
        }

        return emulator;
    }

    private static async Task<IResult> SetAsync(HttpContext http, LocalFunctionRegistry functions)
    {
        string? url;
        try
        {
            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            url = body?["Url"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            url = null;
        }

        try
        {
            await functions.SetAsync(EmulatorEndpoints.Account(http), Key(http), url);
            return Results.Json(Body(functions.Find(EmulatorEndpoints.Account(http), Key(http))!));
        }
        catch (CloudFlowException e)
        {
            return EmulatorEndpoints.Error(e.Code, $"{e.Message} The body must be {{\"Url\": \"http://…\"}}.");
        }
    }

    /// <summary>The key of decisions.md: <c>f</c>, or <c>svc:f</c> when a service is given.</summary>
    private static string Key(HttpContext http) =>
        http.GetRouteValue("service") is string service ? $"{service}:{http.GetRouteValue("function")}" : (string)http.GetRouteValue("function")!;

    private static JsonObject Body(LocalFunction function) => new() { ["Name"] = function.Name, ["Url"] = function.Url, ["Source"] = function.Source };
}
