using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Parsing;

/// <summary>One state of the current dialect (fdl.md 2 and 3); nested scopes are parsed by the caller's delegate.</summary>
internal static class StateParser
{
    public static StateDefinition? Parse(YamlMap map, Func<YamlMap, StateScope> parseScope)
    {
        var name = map.String("Name", required: true);
        var type = map.String("Type", required: true);
        if (name is null || type is null)
        {
            return null;
        }

        if (name.Length is 0 or > 128)
        {
            map.Problem("Name", "A state name must have 1 to 128 characters.");
        }

        StateDefinition? state = type switch
        {
            "Pass" => new PassState { Name = name },
            "Succeed" => new SucceedState { Name = name },
            "Fail" => ParseFail(map, name),
            "Wait" => ParseWait(map, name),
            "Choice" => ParseChoice(map, name),
            "Task" => TaskStateParser.Parse(map, name),
            "Parallel" => ParseParallel(map, name, parseScope),
            "Map" => ParseMap(map, name, parseScope),
            _ => UnknownType(map, type),
        };
        return state is null ? null : WithCommonFields(state, map);
    }

    private static StateDefinition WithCommonFields(StateDefinition state, YamlMap map)
    {
        var retry = new List<RetryRule>();
        var catchRules = new List<CatchRule>();
        ErrorHandlingParser.Parse(map, retry, catchRules);
        if ((retry.Count > 0 || catchRules.Count > 0) && state.Kind is not (StateKind.Task or StateKind.Parallel or StateKind.Map))
        {
            map.Problem("Retry", $"Retry and Catch are allowed only on Task, Parallel and Map states, not on {state.Kind}.");
        }

        return state with
        {
            Line = map.Line,
            Next = state.Kind is StateKind.Choice ? null : map.String("Next"),
            End = map.Boolean("End") ?? false,
            InputConstructor = map.Template("InputConstructor"),
            OutputConstructor = map.Template("OutputConstructor"),
            GlobalConstructor = map.Template("GlobalConstructor"),
            Retry = retry,
            Catch = catchRules,
        };
    }

    private static StateDefinition? UnknownType(YamlMap map, string type)
    {
        map.Problem("Type", $"Unknown state type '{type}'.");
        return null;
    }

    private static FailState ParseFail(YamlMap map, string name) => new()
    {
        Name = name,
        Code = map.String("Code") ?? ErrorNames.Failed,
        Detail = map.String("Detail") ?? "",
        CodeExpression = map.Expression("Code.$"),
        DetailExpression = map.Expression("Detail.$"),
    };

    private static WaitState? ParseWait(YamlMap map, string name)
    {
        var seconds = map.Integer("Seconds");
        if (seconds is < 1 or > 300)
        {
            map.Problem("Seconds", "Seconds must be between 1 and 300 (fdl.md 10).");
        }

        var secondsExpression = map.Expression("Seconds.$");
        DateTimeOffset? until = null;
        Language.Expressions.Expression? untilExpression = null;
        if (map.String("UntilDateTime") is { } text)
        {
            if (text.StartsWith('$'))
            {
                untilExpression = map.ParseExpression("UntilDateTime", text);
            }
            else if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
            {
                until = instant;
            }
            else
            {
                map.Problem("UntilDateTime", $"UntilDateTime '{text}' is not an RFC 3339 time.");
            }
        }

        if (seconds is null && secondsExpression is null && until is null && untilExpression is null && !map.Has("UntilDateTime"))
        {
            map.Problem("Seconds", "A Wait state needs Seconds, Seconds.$ or UntilDateTime.");
        }

        return new WaitState
        {
            Name = name,
            Seconds = seconds is >= 1 and <= 300 ? (int)seconds : null,
            SecondsExpression = secondsExpression,
            UntilDateTime = until,
            UntilDateTimeExpression = untilExpression,
        };
    }

    private static ChoiceState ParseChoice(YamlMap map, string name)
    {
        var branches = new List<ChoiceBranch>();
        foreach (var branch in map.Maps("Branches", required: true))
        {
            var condition = branch.Expression("Condition", required: true);
            var next = branch.String("Next", required: true);
            if (condition is not null && next is not null)
            {
                branches.Add(new ChoiceBranch(condition, next));
            }
        }

        return new ChoiceState { Name = name, Branches = branches, Default = map.String("Default") };
    }

    private static ParallelState ParseParallel(YamlMap map, string name, Func<YamlMap, StateScope> parseScope) => new()
    {
        Name = name,
        Branches = map.Maps("Branches", required: true).Select(parseScope).ToList(),
    };

    private static MapState? ParseMap(YamlMap map, string name, Func<YamlMap, StateScope> parseScope)
    {
        var itemsPath = map.Expression("ItemsPath", required: true);
        var processor = map.Map("Processor", required: true);
        var scope = processor is null ? null : parseScope(processor);

        // D22: the documented table's spelling wins when both are given.
        var concurrency = map.Integer("MaxConcuccency") ?? map.Integer("MaxConcurrency") ?? 0;
        if (concurrency < 0)
        {
            map.Problem("MaxConcurrency", "MaxConcurrency must not be negative.");
        }

        if (itemsPath is null || scope is null)
        {
            return null;
        }

        return new MapState
        {
            Name = name,
            ItemsPath = itemsPath,
            Processor = scope,
            MaxConcurrency = concurrency is <= 0 or > MapState.ConcurrencyLimit ? MapState.ConcurrencyLimit : (int)concurrency,
            ItemConstructor = map.Template("ItemConstructor"),
        };
    }
}
