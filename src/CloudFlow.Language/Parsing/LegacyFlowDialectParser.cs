using CloudFlow.Language.Definitions;

namespace CloudFlow.Language.Parsing;

/// <summary>The legacy dialect (fdl-legacy.md): not parsed yet; reported as a definition problem.</summary>
internal static class LegacyFlowDialectParser
{
    public static FlowDefinition? Parse(YamlMap root)
    {
        root.Problem("type", "The legacy 'type: flow' dialect is not supported yet.");
        return null;
    }
}
