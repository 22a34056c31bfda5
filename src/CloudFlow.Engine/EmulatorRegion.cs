namespace CloudFlow.Engine;

/// <summary>The one region the emulator presents itself as: <c>$Context.Flow.Region</c> and DescribeRegions both answer it.</summary>
public static class EmulatorRegion
{
    public const string Id = "cn-hangzhou";
}
