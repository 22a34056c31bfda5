namespace CloudFlow.Server.Viewer;

/// <summary>One page of a list, as the list actions page it: what was asked (Limit, NextToken) and what came back.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, string? Limit, string? NextToken, string? NextPageToken)
{
    public bool IsFirst => NextToken is null;
}
