namespace CloudFlow.Benchmarks;

internal static class Format
{
    public const string None = "—";

    public static string Rate(double? perSecond) => perSecond is { } r ? $"{r:N0}/s" : None;

    public static string Ms(TimeSpan? time) => time is { } t ? $"{t.TotalMilliseconds:N1} ms" : None;

    public static string Microseconds(TimeSpan time) => $"{time.TotalMicroseconds:N0} µs";

    public static string MB(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MB";

    public static string Ratio(double? ours, double? reference) =>
        ours is { } o && reference is { } r && r > 0 ? $"{o / r:N2}x" : None;
}
