using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>One step (fdl-legacy.md 3): its type's fields, then the fields every step has. Unknown keys are ignored (1.2).</summary>
internal static class LegacyStepParser
{
    private const int MaxBranches = 100;

    public static StateDefinition? Parse(YamlMap map, LegacySiblings siblings)
    {
        var type = map.String("type", required: true);
        var name = map.String("name", required: true);
        if (name is { Length: 0 or > 128 })
        {
            map.Problem("name", "A step name must have 1 to 128 characters.", map.Find("name"));
        }

        var stepName = name ?? "";
        StateDefinition? state = type switch
        {
            null => null,
            "pass" => new PassState { Name = stepName },
            "task" => LegacyTaskParser.Parse(map, stepName, siblings),
            "choice" => LegacyChoiceParser.Parse(map, stepName, siblings),
            "parallel" => ParseParallel(map, stepName),
            "foreach" => ParseForeach(map, stepName),
            "wait" => LegacyWaitParser.Parse(map, stepName),
            "succeed" => new SucceedState { Name = stepName },
            "fail" => new FailState { Name = stepName, Code = map.String("error") ?? "", Detail = map.String("cause") ?? "" },
            _ => UnknownType(map, type),
        };
        return name is null || state is null ? null : state with
        {
            Line = map.Line,
            Legacy = (state.Legacy ?? new LegacyStepData()) with
            {
                InputMappings = LegacyMappingParser.Parse(map, "inputMappings"),
                OutputMappings = LegacyMappingParser.Parse(map, "outputMappings"),
                EndsList = state.Kind is not (StateKind.Succeed or StateKind.Fail) && (map.Boolean("end") ?? false),
            },
        };
    }

    private static StateDefinition? UnknownType(YamlMap map, string type)
    {
        map.Problem("type", $"Unknown step type '{type}': it must be pass, task, choice, parallel, foreach, wait, succeed or fail.", map.Find("type"));
        return null;
    }

    private static ParallelState ParseParallel(YamlMap map, string name)
    {
        var branches = map.Maps("branches", required: true);
        if (branches.Count is 0 or > MaxBranches && map.Find("branches") is { } node)
        {
            map.Problem("branches", $"A parallel step must have 1 to {MaxBranches} branches.", node);
        }

        return new ParallelState { Name = name, Branches = branches.Select(branch => LegacyStepListParser.Parse(branch, "steps")).ToList() };
    }

    private static MapState ParseForeach(YamlMap map, string name)
    {
        var iteration = map.Map("iterationMapping", required: true);
        var collection = iteration?.String("collection", required: true);
        var item = iteration?.String("item", required: true);
        if (item is { Length: 0 })
        {
            iteration!.Problem("item", "'item' must name a key.", iteration.Find("item"));
        }

        var path = collection is null ? null : LegacyExpressions.ParseInputPath(iteration!, "collection", collection);
        return new MapState
        {
            Name = name,
            Processor = LegacyStepListParser.Parse(map, "steps"),
            MaxConcurrency = MapState.LegacyConcurrencyLimit,
            Legacy = path is null || item is null ? null : new LegacyStepData { Iteration = new LegacyIteration(path, item, iteration!.String("index")) },
        };
    }
}
