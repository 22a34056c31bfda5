using System.Net;
using System.Text.Json;

namespace CloudFlow.Server.Tests.Fixtures;

public sealed record RpcResult(HttpStatusCode Status, JsonElement Body)
{
    public string? Code => Body.TryGetProperty(nameof(Code), out var code) ? code.GetString() : null;

    public string Text(string name) => Body.GetProperty(name).GetString()!;

    public RpcResult EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {Body}");
        return this;
    }
}
