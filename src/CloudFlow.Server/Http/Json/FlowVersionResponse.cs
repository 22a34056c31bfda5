using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Http.Json;

/// <summary>A ListFlowVersions item (api.md ListFlowVersions).</summary>
internal sealed record FlowVersionResponse(string Version, string Description, string CreatedTime)
{
    public static FlowVersionResponse From(FlowVersionRecord version) =>
        new(VersionNumber.Format(version.Version), version.Description, WireFormat.Time(version.CreatedTime));
}
