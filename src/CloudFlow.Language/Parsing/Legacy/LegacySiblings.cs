using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>The step names of one list: the only targets a <c>goto</c> in that list may name (fdl-legacy.md 1.3).</summary>
internal sealed class LegacySiblings(IReadOnlySet<string> names)
{
    public static LegacySiblings Of(IReadOnlyList<YamlMap> steps) =>
        new(steps.Select(step => step.Find("name")).OfType<YamlScalarNode>().Select(name => name.Value ?? "").ToHashSet(StringComparer.Ordinal));

    /// <summary>Reads a goto and checks it names a sibling (fdl-legacy.md 6: checked at CreateFlow).</summary>
    public string? ReadGoto(YamlMap map, bool required)
    {
        var target = map.String("goto", required);
        if (target is not null && !names.Contains(target))
        {
            map.Problem("goto", $"goto '{target}' names no step of the same list; a goto can only reach a sibling step.", map.Find("goto"));
        }

        return target;
    }
}
