namespace CloudFlow.Engine.Time;

internal static class TimeSpanExtensions
{
    public static TimeSpan AtLeastZero(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
