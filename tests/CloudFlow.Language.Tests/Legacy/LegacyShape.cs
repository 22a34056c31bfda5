using System.Globalization;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Tests.Legacy;

// A flow's shape as lines, one per state: kind, name, transitions and the fields both dialects share. Legacy choice
// branches are read from the legacy data, where a branch without goto continues with the choice's Next.
internal static class LegacyShape
{
    public static List<string> Of(StateScope scope)
    {
        var lines = new List<string> { $"start {scope.StartAt}" };
        foreach (var state in scope.States)
        {
            lines.Add($"{state.Kind} {state.Name}{Transitions(state)}{Details(state)}");
            foreach (var (label, nested) in Nested(state))
            {
                lines.AddRange(Of(nested).Select(line => $"  {label}: {line}"));
            }
        }

        return lines;
    }

    private static string Transitions(StateDefinition state)
    {
        var targets = state switch
        {
            ChoiceState { Legacy.Choice: { } choice } => choice.Branches.Select(branch => branch.Goto ?? state.Next ?? "(end)")
                .Concat(choice.Default is { } fallback ? [fallback.Goto ?? state.Next ?? "(end)"] : []),
            ChoiceState choice => choice.Branches.Select(branch => branch.Next).Concat(choice.Default is { } next ? [next] : []),
            _ => [],
        };
        var text = state.Kind is StateKind.Choice ? $" -> [{string.Join(", ", targets)}]" : state.End ? " end" : state.Next is { } next2 ? $" -> {next2}" : "";
        return text + string.Concat(state.Catch.Select(rule => $" catch[{string.Join("|", rule.Errors)} -> {rule.Next}]"));
    }

    private static string Details(StateDefinition state) => state switch
    {
        TaskState task => $" {task.Action} {task.Mode} timeout={task.TimeoutSeconds}"
            + string.Concat(task.Retry.Select(rule => string.Create(
                CultureInfo.InvariantCulture,
                $" retry[{string.Join("|", rule.Errors)} x{rule.MaxAttempts} {rule.IntervalSeconds}s *{rule.BackoffRate} <={rule.MaxBackoffSeconds}]"))),
        WaitState wait => $" seconds={wait.Seconds} until={wait.UntilDateTime:O}",
        FailState fail => $" {fail.Code}: {fail.Detail}",
        _ => "",
    };

    private static IEnumerable<(string Label, StateScope Scope)> Nested(StateDefinition state) => state switch
    {
        ParallelState parallel => parallel.Branches.Select((branch, i) => ($"branch {i}", branch)),
        MapState map => [("processor", map.Processor)],
        _ => [],
    };
}
