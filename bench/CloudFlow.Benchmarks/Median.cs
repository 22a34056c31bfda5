namespace CloudFlow.Benchmarks;

internal static class Median
{
    /// <summary>The median of the values that are there; null when a value is missing, since a failed start has no time.</summary>
    public static TimeSpan? Of(IReadOnlyList<TimeSpan?> values)
    {
        if (values.Count == 0 || values.Any(v => v is null))
        {
            return null;
        }

        var sorted = values.Select(v => v!.Value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
