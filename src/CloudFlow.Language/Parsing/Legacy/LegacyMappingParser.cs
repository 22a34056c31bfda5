using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Legacy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>
/// An <c>inputMappings</c>, <c>outputMappings</c> or <c>errorMappings</c> list (fdl-legacy.md 2.5): a source that is a
/// <c>$input</c>, <c>$local</c> or <c>$context</c> path is read at run time, any other YAML value is a constant.
/// </summary>
internal static class LegacyMappingParser
{
    /// <summary>Null when the key is absent, which is not the same as an empty list (fdl-legacy.md 2.3, 2.4).</summary>
    public static LegacyMappings? Parse(YamlMap map, string key)
    {
        if (!map.Has(key))
        {
            return null;
        }

        var entries = new List<LegacyMapping>();
        foreach (var entry in map.Maps(key))
        {
            var target = entry.String("target", required: true);
            if (target is { Length: 0 })
            {
                entry.Problem("target", "'target' must name a key.", entry.Find("target"));
            }

            var source = entry.Find("source") is { } node ? Source(entry, node) : Missing(entry);
            if (target is not null && source is not null)
            {
                entries.Add(new LegacyMapping(target, source));
            }
        }

        return new LegacyMappings(entries);
    }

    private static LegacySource? Missing(YamlMap entry)
    {
        entry.Problem("source", "'source' is required: a $input, $local or $context path, or a constant.");
        return null;
    }

    private static LegacySource? Source(YamlMap entry, YamlNode node)
    {
        try
        {
            var value = YamlJson.ToJson(node);
            if (value is JsonValue text && text.TryGetValue<string>(out var source) && source.StartsWith('$'))
            {
                return LegacyExpressions.Parse<LegacySource>(entry, "source", source, Path);
            }

            return new LegacyConstant(value);
        }
        catch (YamlException e)
        {
            entry.Problem("source", e.Message, node);
            return null;
        }
    }

    /// <summary>fdl-legacy.md 2.5 (Decision): a string starting with '$' that is none of the roots stays a constant.</summary>
    private static LegacySource Path(string text) => LegacyPath.TryParseSource(text, out var path) ? path! : new LegacyConstant(JsonValue.Create(text));
}
