using System.Globalization;
using System.Text.RegularExpressions;
using CloudFlow.Engine.Errors;
using Cronos;

namespace CloudFlow.Engine.Scheduling;

/// <summary>
/// A CronExpression (api.md CreateSchedule): six fields starting with seconds, or <c>@every &lt;n&gt;m</c>, in UTC. An
/// interval counts from the schedule's creation, as the console's "Time Interval" does.
/// </summary>
internal sealed partial class CronSchedule
{
    private const int MaxIntervalMinutes = 366 * 24 * 60;
    private readonly CronExpression? _cron;
    private readonly TimeSpan _interval;
    private readonly DateTimeOffset _anchor;

    private CronSchedule(CronExpression? cron, TimeSpan interval, DateTimeOffset anchor)
    {
        _cron = cron;
        _interval = interval;
        _anchor = anchor;
    }

    /// <summary>Throws InvalidArgument for anything but the two documented forms.</summary>
    public static CronSchedule Parse(string text, DateTimeOffset anchor)
    {
        if (text.StartsWith('@'))
        {
            return Every().Match(text) is { Success: true } every
                && int.TryParse(every.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= MaxIntervalMinutes
                ? new CronSchedule(null, TimeSpan.FromMinutes(minutes), anchor)
                : throw Invalid($"'{text}' is not '@every <n>m' with n from 1 to {MaxIntervalMinutes} minutes");
        }

        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
        {
            throw Invalid($"'{text}' must have six fields: second minute hour day-of-month month day-of-week");
        }

        try
        {
            return new CronSchedule(CronExpression.Parse(text, CronFormat.IncludeSeconds), TimeSpan.Zero, anchor);
        }
        catch (CronFormatException e)
        {
            throw Invalid($"'{text}': {e.Message}");
        }
    }

    /// <summary>Firing times after <paramref name="after"/> up to and including <paramref name="until"/>, oldest first.</summary>
    public IEnumerable<DateTimeOffset> Occurrences(DateTimeOffset after, DateTimeOffset until)
    {
        if (_cron is not null)
        {
            return _cron.GetOccurrences(after.UtcDateTime, until.UtcDateTime, fromInclusive: false, toInclusive: true).Select(t => new DateTimeOffset(t));
        }

        return Intervals(after).TakeWhile(t => t <= until);
    }

    public DateTimeOffset? Next(DateTimeOffset after) =>
        _cron is not null
            ? _cron.GetNextOccurrence(after.UtcDateTime) is { } next ? new DateTimeOffset(next) : null
            : Intervals(after).First();

    private IEnumerable<DateTimeOffset> Intervals(DateTimeOffset after)
    {
        var elapsed = after < _anchor ? 1 : ((after - _anchor).Ticks / _interval.Ticks) + 1;
        for (var at = _anchor + TimeSpan.FromTicks(_interval.Ticks * elapsed); ; at += _interval)
        {
            yield return at;
        }
    }

    private static CloudFlowException Invalid(string problem) => CloudFlowException.InvalidArgument($"CronExpression {problem}.");

    [GeneratedRegex("^@every ([0-9]+)m$", RegexOptions.CultureInvariant)]
    private static partial Regex Every();
}
