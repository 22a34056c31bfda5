using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>An <c>inputMappings</c>, <c>outputMappings</c> or <c>errorMappings</c> list.</summary>
public sealed class LegacyMappings(IReadOnlyList<LegacyMapping> entries)
{
    public IReadOnlyList<LegacyMapping> Entries { get; } = entries;

    /// <summary>fdl-legacy.md 2.5: entries in order into an empty object, a later target overwriting an earlier one.</summary>
    public JsonObject Evaluate(LegacyScope scope)
    {
        var result = new JsonObject();
        foreach (var entry in Entries)
        {
            result[entry.Target] = entry.Source.Evaluate(scope);
        }

        return result;
    }
}
