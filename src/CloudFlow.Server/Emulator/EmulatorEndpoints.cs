using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Time;
using CloudFlow.Language.Expressions.Values;
using CloudFlow.Server.Http;
using CloudFlow.Server.Http.Authentication;
using CloudFlow.Server.Http.Json;
using Microsoft.Extensions.Options;

namespace CloudFlow.Server.Emulator;

/// <summary>
/// What the real cloud lacks, under /_emulator/ (issue 4; decisions.md, Mocks and scenarios, Time and the clocks).
/// The account is the <c>Account</c> query parameter, else the default one; <see cref="EmulatorTokenFilter"/> guards them all.
/// </summary>
internal static class EmulatorEndpoints
{
    public static IEndpointRouteBuilder MapCloudFlowEmulator(this IEndpointRouteBuilder routes)
    {
        var emulator = routes.MapGroup("/_emulator").WithTags("Emulator").AddEndpointFilter<EmulatorTokenFilter>();
        emulator.MapPut("/flows/{flow}/mocks", (string flow, HttpContext http, MockRegistry mocks) =>
            WithBodyAsync(http, body => mocks.SetMocksAsync(Account(http), flow, body)));
        emulator.MapGet("/flows/{flow}/mocks", (string flow, HttpContext http, MockRegistry mocks) =>
            mocks.FindMocks(Account(http), flow) is { } set ? Results.Json(set.Source) : NotFound($"Flow {flow} has no mocks."));
        emulator.MapDelete("/flows/{flow}/mocks", async (string flow, HttpContext http, MockRegistry mocks) =>
            await mocks.DeleteMocksAsync(Account(http), flow) ? Results.NoContent() : NotFound($"Flow {flow} has no mocks."));
        emulator.MapPut("/flows/{flow}/scenarios/{scenario}", (string flow, string scenario, HttpContext http, MockRegistry mocks) =>
            WithBodyAsync(http, body => mocks.SetScenarioAsync(Account(http), flow, scenario, body)));
        emulator.MapGet("/flows/{flow}/scenarios/{scenario}", (string flow, string scenario, HttpContext http, MockRegistry mocks) =>
            mocks.FindScenario(Account(http), flow, scenario) is { } set ? Results.Json(set.Source) : NotFound($"Flow {flow} has no scenario {scenario}."));
        emulator.MapDelete("/flows/{flow}/scenarios/{scenario}", async (string flow, string scenario, HttpContext http, MockRegistry mocks) =>
            await mocks.DeleteScenarioAsync(Account(http), flow, scenario) ? Results.NoContent() : NotFound($"Flow {flow} has no scenario {scenario}."));
        emulator.MapLocalFunctions();
        emulator.MapGet("/clock", (ClockService clock) => Results.Json(ClockBody(clock, clock.Now)));
        emulator.MapPost("/clock/advance", AdvanceAsync);
        return routes;
    }

    private static async Task<IResult> AdvanceAsync(double? seconds, ClockService clock)
    {
        if (clock.Manual is not { } manual)
        {
            return Error(ErrorCodes.InvalidArgument, $"Parameter error. The clock is '{clock.Mode}'; only the manual clock can be advanced.");
        }

        if (seconds is not (> 0 and <= 366 * 86_400))
        {
            return Error(ErrorCodes.InvalidArgument, "Parameter error. seconds must be a number above 0 and at most a year.");
        }

        var now = await manual.AdvanceAsync(TimeSpan.FromSeconds(seconds.Value));
        return Results.Json(ClockBody(clock, now));
    }

    private static JsonObject ClockBody(ClockService clock, DateTimeOffset now) =>
        new() { ["Mode"] = clock.Mode.ToString().ToLowerInvariant(), ["Now"] = WireFormat.Time(now) };

    private static async Task<IResult> WithBodyAsync(HttpContext http, Func<JsonObject, Task> apply)
    {
        JsonNode? body;
        try
        {
            using var reader = new StreamReader(http.Request.Body);
            body = StrictJson.Parse(await reader.ReadToEndAsync(http.RequestAborted));
        }
        catch (JsonException e)
        {
            return Error(ErrorCodes.InvalidArgument, $"Parameter error. The body is not valid JSON: {e.Message}");
        }

        if (body is not JsonObject obj)
        {
            return Error(ErrorCodes.InvalidArgument, "Parameter error. The body must be a JSON object keyed by state name.");
        }

        try
        {
            await apply(obj);
            return Results.Json(obj);
        }
        catch (CloudFlowException e)
        {
            return Error(e.Code, e.Message);
        }
    }

    internal static string Account(HttpContext http) =>
        http.Request.Query["Account"] is [{ Length: > 0 } account] ? account : http.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.DefaultAccount;

    internal static IResult NotFound(string message) => Error("NotFound", message, StatusCodes.Status404NotFound);

    internal static IResult Error(string code, string message, int? status = null) =>
        Results.Json(new ErrorEnvelope(RpcResponder.NewRequestId(), "", code, message), CloudFlowJsonContext.Wire.ErrorEnvelope, statusCode: status ?? ErrorStatusMap.StatusOf(code));
}
