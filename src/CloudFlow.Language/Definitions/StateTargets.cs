namespace CloudFlow.Language.Definitions;

/// <summary>The names a state can go to within its scope (fdl.md 1.4): its Next, a Choice's branches and Default, its Catch rules.</summary>
public static class StateTargets
{
    public static IEnumerable<string> Of(StateDefinition state)
    {
        if (state.Next is { } next)
        {
            yield return next;
        }

        if (state is ChoiceState choice)
        {
            foreach (var branch in choice.Branches)
            {
                yield return branch.Next;
            }

            if (choice.Default is { } fallback)
            {
                yield return fallback;
            }
        }

        foreach (var rule in state.Catch)
        {
            yield return rule.Next;
        }
    }
}
