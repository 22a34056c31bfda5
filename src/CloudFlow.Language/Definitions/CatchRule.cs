using CloudFlow.Language.Expressions;

namespace CloudFlow.Language.Definitions;

/// <summary>fdl.md 7.4.</summary>
public sealed record CatchRule
{
    public required IReadOnlyList<string> Errors { get; init; }

    public required string Next { get; init; }

    public DataTemplate? OutputConstructor { get; init; }

    public bool Matches(string error) => ErrorNames.Matches(Errors, error);
}
