namespace CloudFlow.Engine;

/// <summary>The <c>CloudFlow</c> configuration section; every setting can come from <c>CloudFlow__Name</c>.</summary>
public sealed class CloudFlowOptions
{
    public const string SectionName = "CloudFlow";

    public string DataDirectory { get; set; } = "./data";

    /// <summary><c>system</c>, <c>skip</c> or <c>manual</c> (decisions.md, Time and the clocks).</summary>
    public string Clock { get; set; } = "system";

    public string? MocksFile { get; set; }

    /// <summary>Executions whose interpreter runs at once; others queue.</summary>
    public int MaxConcurrentExecutions { get; set; } = 256;

    public LimitsOptions Limits { get; set; } = new();
}
