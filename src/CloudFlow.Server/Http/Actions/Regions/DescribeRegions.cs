using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Regions;

internal sealed record DescribeRegionsRequest(string? AcceptLanguage)
{
    public static DescribeRegionsRequest Bind(RpcParameters p) => new(p["AcceptLanguage"]);
}

internal sealed class DescribeRegionsValidator : AbstractValidator<DescribeRegionsRequest>
{
    public DescribeRegionsValidator() =>
        RuleFor(r => r.AcceptLanguage).OneOf("AcceptLanguage", [.. RegionLocalNames.ByLanguage.Keys]);
}

/// <summary>
/// api.md DescribeRegions: the emulator is one region, reached at the host the request was sent to (its Host header,
/// as the error envelope's HostId), so a client can use RegionEndpoint to call it back.
/// </summary>
internal static class DescribeRegionsHandler
{
    public static IRpcAction Action { get; } = new RpcAction<DescribeRegionsRequest, DescribeRegionsResponse>(
        "DescribeRegions", DescribeRegionsRequest.Bind, new DescribeRegionsValidator(), HandleAsync, CloudFlowJsonContext.Wire.DescribeRegionsResponse);

    private static Task<DescribeRegionsResponse> HandleAsync(DescribeRegionsRequest r, RpcContext context)
    {
        var localName = RegionLocalNames.ByLanguage[r.AcceptLanguage ?? RegionLocalNames.DefaultLanguage];
        var region = new RegionResponse(Engine.EmulatorRegion.Id, context.Http.Request.Host.Value ?? "", localName);
        return Task.FromResult(new DescribeRegionsResponse(new RegionList([region])));
    }
}
