using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;
using CloudFlow.Language.Parsing.Legacy;

namespace CloudFlow.Language.Parsing;

/// <summary>
/// Parses the legacy dialect (fdl-legacy.md) into the shared model, collecting every problem with its line. Its rules
/// (goto to siblings, names unique per list) are checked here, where each list is at hand, not by the validator.
/// </summary>
internal static class LegacyFlowDialectParser
{
    public static FlowDefinition Parse(YamlMap root)
    {
        // fdl-legacy.md 1.2 (Decision): v1beta1 appears in migrated projects and means v1.
        if (root.String("version", required: true) is { } version && version is not ("v1" or "v1beta1"))
        {
            root.Problem("version", $"version must be 'v1', not '{version}'.", root.Find("version"));
        }

        var timeout = root.Integer("timeoutSeconds");
        if (timeout is < 0)
        {
            root.Problem("timeoutSeconds", "timeoutSeconds must not be negative.", root.Find("timeoutSeconds"));
        }

        return new FlowDefinition
        {
            Dialect = FlowDialect.LegacyFlow,
            Root = LegacyStepListParser.Parse(root, "steps"),
            TimeoutSeconds = timeout is > 0 ? (int)Math.Min(timeout.Value, int.MaxValue) : null,
            Legacy = new LegacyFlowData(LegacyMappingParser.Parse(root, "inputMappings"), LegacyMappingParser.Parse(root, "outputMappings")),
        };
    }
}
