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

        var map = new YamlMap(root!, "", problems);
        FlowDefinition? definition = null;
        if (map.String("Type") == "StateMachine")
        {
            definition = StateMachineDialectParser.Parse(map);
        }
        else if (map.String("type") == "flow")
        {
            definition = LegacyFlowDialectParser.Parse(map);
        }
        else
        {
            problems.Add("Type", map.Line, "The definition must start with 'Type: StateMachine' (or 'type: flow' for the legacy dialect).");
        }

        problems.ThrowIfAny();
        if (definition!.Dialect is FlowDialect.StateMachine)
        {
            FlowDefinitionValidator.Validate(definition, problems);
            problems.ThrowIfAny();
        }

        return definition;
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
