using System.Text.Json.Nodes;
using CloudFlow.Engine.Functions;
using CloudFlow.Engine.Interpreter.Integrations.Http;

namespace CloudFlow.Engine.Interpreter.Integrations.FunctionCompute;

/// <summary>
/// <c>FC:InvokeFunction</c> (fdl.md 11.1; legacy <c>acs:fc</c> resourceArn, fdl-legacy.md 3.2): the task's body is
/// POSTed to the local function configured for the ARN, and its answer is mapped as decisions.md's table says.
/// </summary>
internal sealed class FunctionComputeIntegration(IHttpClientFactory clients, LocalFunctionRegistry functions) : ITaskIntegration
{
    public bool Handles(string action) => action == "FC:InvokeFunction";

    public async ValueTask<TaskResponse> InvokeAsync(TaskInvocation invocation, CancellationToken cancellationToken)
    {
        var arn = invocation.ResourceArn;
        var key = FunctionArn.KeyOf(arn) ?? throw invocation.Error(
            FunctionComputeErrors.InvalidArgument, $"'{arn}' is not a function ARN (acs:fc:{{region}}:{{account}}:functions/{{name}}). {invocation.MockHint}");
        var url = functions.FindUrl(invocation.Context.Run.Record.Account, key) ?? throw invocation.Error(
            FunctionComputeErrors.FunctionNotFound,
            $"no local function is configured for '{key}': set CloudFlow:Functions:{key}, or PUT /_emulator/functions/{key.Replace(':', '/')} with {{\"Url\": \"...\"}}. {invocation.MockHint}");

        // Legacy tasks send their input as the event (fdl-legacy.md 3.2); the current dialect sends Parameters.body.
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = HttpBodies.Content(invocation.IsLegacy ? invocation.Parameters : invocation.Parameter("body")) };
        int status;
        bool functionError;
        string body;
        try
        {
            using var response = await clients.CreateClient(HttpBodies.ClientName).SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            functionError = response.Headers.Contains(FunctionComputeErrors.ErrorTypeHeader);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw invocation.Error(FunctionComputeErrors.InternalServerError, $"the local function '{key}' at {url} could not be reached: {e.Message} {invocation.MockHint}");
        }

        if (FunctionComputeErrors.Of(status, functionError, body) is var (error, cause))
        {
            throw new StateErrorException(error, cause);
        }

        var result = HttpBodies.Parse(body);
        return new TaskResponse(invocation.IsLegacy ? result : new JsonObject { ["Body"] = result });
    }
}
