using System.Collections.Concurrent;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// Parsed definitions by their content hash: a flow is parsed once, not on every StartExecution, and finding it
/// does not hash its whole text again.
/// </summary>
public sealed class DefinitionCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, FlowDefinition> _definitions = new(StringComparer.Ordinal);

    /// <summary>Throws FlowDefinitionException for an invalid text.</summary>
    public FlowDefinition Get(DefinitionText definition)
    {
        if (_definitions.TryGetValue(definition.Hash, out var cached))
        {
            return cached;
        }

        var parsed = FlowDefinitionParser.Parse(definition.Text);
        if (_definitions.Count >= MaxEntries)
        {
            _definitions.Clear();
        }

        _definitions[definition.Hash] = parsed;
        return parsed;
    }
}
