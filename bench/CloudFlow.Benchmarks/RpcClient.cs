using System.Net.Http.Headers;
using System.Text;

namespace CloudFlow.Benchmarks;

/// <summary>The RPC calls the benchmarks need, sent as the SDKs send them: a form-encoded POST to <c>/</c>.</summary>
internal sealed class RpcClient(HttpClient http)
{
    private const string Version = "2019-03-15";
    private static readonly MediaTypeHeaderValue FormType = new("application/x-www-form-urlencoded");

    public Task<RpcAnswer> CreateFlowAsync(string name, string definition, CancellationToken cancellationToken) =>
        CallAsync("CreateFlow", [("Name", name), ("Definition", definition), ("Type", "FDL"), ("Description", "benchmark")], cancellationToken);

    public Task<RpcAnswer> StartExecutionAsync(string flow, string execution, string? input, CancellationToken cancellationToken) =>
        CallAsync("StartExecution", input is null ? [("FlowName", flow), ("ExecutionName", execution)] : [("FlowName", flow), ("ExecutionName", execution), ("Input", input)], cancellationToken);

    public Task<RpcAnswer> DescribeExecutionAsync(string flow, string execution, int waitSeconds, CancellationToken cancellationToken) =>
        CallAsync("DescribeExecution", [("FlowName", flow), ("ExecutionName", execution), ("WaitTimeSeconds", waitSeconds.ToString())], cancellationToken);

    public Task<RpcAnswer> ListRunningAsync(string flow, CancellationToken cancellationToken) =>
        CallAsync("ListExecutions", [("FlowName", flow), ("Status", "Running"), ("Limit", "1")], cancellationToken);

    /// <summary>The exact body of one call, for a baseline that must receive the same bytes.</summary>
    public static ByteArrayContent Form(string action, params (string Name, string Value)[] parameters)
    {
        var body = new StringBuilder($"Action={action}&Version={Version}");
        foreach (var (name, value) in parameters)
        {
            body.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.ContentType = FormType;
        return content;
    }

    private async Task<RpcAnswer> CallAsync(string action, (string, string)[] parameters, CancellationToken cancellationToken)
    {
        using var content = Form(action, parameters);
        using var response = await http.PostAsync(new Uri("/", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RpcAnswer((int)response.StatusCode, body);
    }
}
