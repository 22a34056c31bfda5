using CloudFlow.Language.Definitions;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>
/// One <c>steps</c> list (fdl-legacy.md 1.3): its positional order becomes explicit Next links, the last step and
/// <c>end: true</c> become End; names are unique within the list only (fdl-legacy.md 6).
/// </summary>
internal static class LegacyStepListParser
{
    public static StateScope Parse(YamlMap owner, string key)
    {
        var maps = owner.Maps(key, required: true);
        if (owner.Find(key) is YamlSequenceNode { Children.Count: 0 } empty)
        {
            owner.Problem(key, $"'{key}' must list at least one step.", empty);
        }

        var siblings = LegacySiblings.Of(maps);
        var states = maps.Select(map => LegacyStepParser.Parse(map, siblings)).ToList();
        ReportDuplicates(maps);
        var linked = new List<StateDefinition>(states.Count);
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i] is { } state)
            {
                linked.Add(Link(state, i + 1 < states.Count ? states[i + 1]?.Name : null));
            }
        }

        return new StateScope(linked.Count > 0 ? linked[0].Name : "", linked);
    }

    /// <summary>Succeed and fail end their list by themselves, as in the current dialect, so they get neither Next nor End.</summary>
    private static StateDefinition Link(StateDefinition state, string? following)
    {
        if (state.Kind is StateKind.Succeed or StateKind.Fail)
        {
            return state;
        }

        var end = state.Legacy!.EndsList || following is null;
        return state with { Next = end ? null : following, End = end };
    }

    private static void ReportDuplicates(IReadOnlyList<YamlMap> maps)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            if (map.Find("name") is YamlScalarNode { Value: { } name } node && !seen.Add(name))
            {
                map.Problem("name", $"The step name '{name}' is used more than once in this list, so a goto to it would be ambiguous.", node);
            }
        }
    }
}
