using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// Parsed definitions by their content hash: a flow is parsed once, not on every StartExecution, and finding it
/// does not hash its whole text again.
/// </summary>
public sealed class DefinitionCache
{
    private readonly BoundedCache<string, FlowDefinition> _definitions = new(4096, StringComparer.Ordinal);

    /// <summary>Throws FlowDefinitionException for an invalid text.</summary>
    public FlowDefinition Get(DefinitionText definition)
    {
        if (_definitions.TryGet(definition.Hash, out var cached))
        {
            return cached;
        }

        var parsed = FlowDefinitionParser.Parse(definition.Text);
        _definitions.Set(definition.Hash, parsed);
        return parsed;
    }
}
