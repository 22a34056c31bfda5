using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Definitions.Legacy;

/// <summary>The flow's own mappings (fdl-legacy.md 1.2, 2.6): null input mappings keep the execution input, null output mappings output the flow $local.</summary>
public sealed record LegacyFlowData(LegacyMappings? InputMappings, LegacyMappings? OutputMappings);
