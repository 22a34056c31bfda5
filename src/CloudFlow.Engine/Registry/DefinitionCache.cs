using System.Collections.Concurrent;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Engine.Registry;

/// <summary>Parsed definitions by their text: a flow is parsed once, not on every StartExecution.</summary>
public sealed class DefinitionCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, FlowDefinition> _definitions = new(StringComparer.Ordinal);

    /// <summary>Throws FlowDefinitionException for an invalid text.</summary>
    public FlowDefinition Get(string text)
    {
        if (_definitions.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var parsed = FlowDefinitionParser.Parse(text);
        if (_definitions.Count >= MaxEntries)
        {
            _definitions.Clear();
        }

        _definitions[text] = parsed;
        return parsed;
    }
}
