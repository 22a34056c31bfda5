using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>
/// A choice step (fdl-legacy.md 3.3). Its branches live in the legacy data: they may hold inline steps and may end
/// without a goto, which the current dialect's branches cannot express (fdl-legacy.md 8).
/// </summary>
internal static class LegacyChoiceParser
{
    public static ChoiceState Parse(YamlMap map, string name, LegacySiblings siblings)
    {
        var choices = map.Maps("choices", required: true);
        if (choices.Count == 0 && map.Find("choices") is { } node)
        {
            map.Problem("choices", "'choices' must list at least one choice.", node);
        }

        var branches = choices.Select(choice => ParseBranch(choice, siblings, conditional: true)).ToList();
        var fallback = map.Map("default") is { } defaultMap ? ParseBranch(defaultMap, siblings, conditional: false) : null;
        return new ChoiceState
        {
            Name = name,
            Branches = [],
            Legacy = new LegacyStepData { Choice = new LegacyChoice(branches, fallback) },
        };
    }

    private static LegacyChoiceBranch ParseBranch(YamlMap map, LegacySiblings siblings, bool conditional)
    {
        var text = conditional ? map.String("condition", required: true) : null;
        return new LegacyChoiceBranch
        {
            Condition = text is null ? null : LegacyExpressions.ParseCondition(map, "condition", text),
            Steps = map.Has("steps") ? LegacyStepListParser.Parse(map, "steps") : null,
            Goto = siblings.ReadGoto(map, required: false),
        };
    }
}
