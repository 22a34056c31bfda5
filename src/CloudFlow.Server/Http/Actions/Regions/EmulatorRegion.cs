namespace CloudFlow.Server.Http.Actions.Regions;

/// <summary>The one region the emulator presents itself as, with its name in each language DescribeRegions accepts.</summary>
internal static class EmulatorRegion
{
    // The engine answers $Context.Flow.Region with the same id (fdl.md 4.6); DescribeRegionsTests keeps the two equal.
    public const string Id = "cn-hangzhou";

    public const string DefaultLanguage = "zh-CN";

    // The documented AcceptLanguage values, in the documented order (it is the order the error message lists them in),
    // each with the name the real service gives cn-hangzhou in that language (docs/decisions.md, DescribeRegions).
    public static IReadOnlyDictionary<string, string> LocalNames { get; } = new OrderedDictionary<string, string>(StringComparer.Ordinal)
    {
        [DefaultLanguage] = "华东1（杭州）",
        ["en-US"] = "China (Hangzhou)",
    };
}
