using CloudFlow.Engine.Registry;

namespace CloudFlow.Server.Viewer;

/// <summary>
/// The history as GetExecutionHistory's events, one row each. Consecutive events of one step share a group, and each
/// step name keeps one colour, so a step can be followed where Parallel branches and Map iterations interleave.
/// </summary>
internal static class HistoryTable
{
    public static Html Render(IReadOnlyList<HistoryEvent> history)
    {
        if (history.Count == 0)
        {
            return Html.Of($"""<p class="muted">No events stored yet.</p>""");
        }

        return Html.Of($"""
            <table class="history">
            <thead><tr><th>EventId</th><th>Time</th><th>Type</th><th>StepName</th><th>ScheduleEventId</th><th>EventDetail</th></tr></thead>
            {Html.Join(StepRuns(history).Select(Group))}
            </table>
            """);
    }

    /// <summary>The execution's own events (no step name) stay grey.</summary>
    private static Html Group(IReadOnlyList<HistoryEvent> run) => Html.Of($"""
        <tbody class="step"{(run[0].StepName.Length == 0 ? Html.Empty : Html.Of($" style=\"--hue:{Hue(run[0].StepName)}\""))}>
        {Html.Join(run.Select(Row))}
        </tbody>
        """);

    private static Html Row(HistoryEvent e) => Html.Of($"""
        <tr><td>{e.EventId}</td><td>{ViewerParts.Time(e.Time)}</td><td>{e.Type}</td><td class="step-name">{e.StepName}</td>
        <td>{e.ScheduleEventId}</td><td>{(e.Detail.Length == 0 ? Html.Empty : ViewerParts.Json(e.Detail))}</td></tr>
        """);

    private static IEnumerable<IReadOnlyList<HistoryEvent>> StepRuns(IReadOnlyList<HistoryEvent> history)
    {
        var run = new List<HistoryEvent>();
        foreach (var e in history)
        {
            if (run.Count > 0 && run[0].StepName != e.StepName)
            {
                yield return run;
                run = [];
            }

            run.Add(e);
        }

        yield return run;
    }

    /// <summary>A colour of its own for each step name, the same on every page and after a restart (string.GetHashCode is not).</summary>
    private static int Hue(string stepName)
    {
        var hash = 0u;
        foreach (var c in stepName)
        {
            hash = unchecked((hash * 31) + c);
        }

        return (int)(hash % 360);
    }
}
