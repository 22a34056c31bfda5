namespace CloudFlow.Server.Http.Actions.Regions;

/// <summary>The name of the emulator's region (<see cref="Engine.EmulatorRegion"/>) in each language DescribeRegions accepts.</summary>
internal static class RegionLocalNames
{
    public const string DefaultLanguage = "zh-CN";

    // The documented AcceptLanguage values, in the documented order (it is the order the error message lists them in),
    // each with the name the real service gives cn-hangzhou in that language (docs/decisions.md, DescribeRegions).
    public static IReadOnlyDictionary<string, string> ByLanguage { get; } = new OrderedDictionary<string, string>(StringComparer.Ordinal)
    {
        [DefaultLanguage] = "华东1（杭州）",
        ["en-US"] = "China (Hangzhou)",
    };
}
