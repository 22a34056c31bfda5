using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Parsing;

/// <summary>Parses the current dialect (fdl.md) into the shared model, collecting every syntax problem.</summary>
internal static class StateMachineDialectParser
{
    public static FlowDefinition Parse(YamlMap root)
    {
        if (root.String("SpecVersion", required: true) is { } version && version != "v1")
        {
            root.Problem("SpecVersion", $"SpecVersion must be 'v1', not '{version}'.");
        }

        var scope = ParseScope(root);
        var timeout = root.Integer("Timeout");
        if (timeout is < 0)
        {
            root.Problem("Timeout", "Timeout must not be negative.");
        }

        return new FlowDefinition
        {
            Dialect = FlowDialect.StateMachine,
            Name = root.String("Name"),
            Root = scope,
            TimeoutSeconds = timeout is > 0 ? (int)Math.Min(timeout.Value, int.MaxValue) : null,
        };
    }

    private static StateScope ParseScope(YamlMap map)
    {
        var startAt = map.String("StartAt", required: true) ?? "";
        var states = new List<StateDefinition>();
        foreach (var state in map.Maps("States", required: true))
        {
            if (StateParser.Parse(state, ParseScope) is { } parsed)
            {
                states.Add(parsed);
            }
        }

        return new StateScope(startAt, states);
    }
}
