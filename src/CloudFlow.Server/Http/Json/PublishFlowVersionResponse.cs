using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>api.md PublishFlowVersion: the version number is a string ("1", "2", …).</summary>
internal sealed record PublishFlowVersionResponse(string FlowName, string Version, string Description, string CreatedTime) : RpcResponse
{
    public static PublishFlowVersionResponse From(FlowVersionRecord version) =>
        new(version.FlowName, VersionNumber.Format(version.Version), version.Description, WireFormat.Time(version.CreatedTime));
}
