using CloudFlow.Language.Analysis;
using CloudFlow.Language.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing;

/// <summary>The one entry point: detects the dialect from the document's root, parses, then analyses.</summary>
public static class FlowDefinitionParser
{
    /// <summary>Throws <see cref="FlowDefinitionException"/> listing every problem found.</summary>
    public static FlowDefinition Parse(string text)
    {
        var problems = new ProblemList();
        var root = Load(text, problems);
        problems.ThrowIfAny();

        var definition = ParseDialect(new YamlMap(root!, "", problems), problems);

        problems.ThrowIfAny();
        if (definition!.Dialect is FlowDialect.StateMachine)
        {
            FlowDefinitionValidator.Validate(definition, problems);
            problems.ThrowIfAny();
        }

        return definition;
    }

    private static FlowDefinition? ParseDialect(YamlMap map, ProblemList problems)
    {
        try
        {
            if (map.String("Type") == "StateMachine")
            {
                return StateMachineDialectParser.Parse(map);
            }

            if (map.String("type") == "flow")
            {
                return LegacyFlowDialectParser.Parse(map);
            }

            problems.Add("Type", map.Line, "The definition must start with 'Type: StateMachine' (or 'type: flow' for the legacy dialect).");
        }
        catch (YamlException e)
        {
            // Raised by the bounded YAML-to-JSON conversion of a constructor or mapping (alias bombs, deep nesting).
            problems.Add("", (int)e.Start.Line, e.Message);
        }

        return null;
    }

    private static YamlMappingNode? Load(string text, ProblemList problems)
    {
        try
        {
            var stream = YamlLoader.Load(text);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }

            problems.Add("", 1, "The definition must be one YAML (or JSON) document whose root is a mapping.");
        }
        catch (YamlException e)
        {
            problems.Add("", (int)e.Start.Line, "The definition is not valid YAML: " + (e.InnerException?.Message ?? e.Message));
        }
        catch (ArgumentException e)
        {
            problems.Add("", 0, "The definition is not valid YAML: " + e.Message);
        }

        return null;
    }
}
