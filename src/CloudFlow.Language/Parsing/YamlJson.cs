using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing;

/// <summary>
/// Converts YAML nodes to JSON with YAML 1.2 core-schema scalars (decisions.md, Definitions): plain
/// true/false/null/numbers are typed, everything else is a string. Values nest at most 64 levels, as JSON does
/// here; the document's size with aliases expanded was bounded when it was loaded (<see cref="YamlLoader"/>).
/// </summary>
internal static class YamlJson
{
    private const int MaxDepth = 64;

    public static JsonNode? ToJson(YamlNode node) => Convert(node, 0);

    public static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (IsDecimal(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return JsonValue.Create(real);
        }

        return JsonValue.Create(text);
    }

    private static bool IsDecimal(string text)
    {
        var digits = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not ('.' or '-' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }

        return digits;
    }

    private static JsonNode? Convert(YamlNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(node.Start, node.End, $"The document nests deeper than {MaxDepth} levels.");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar);
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children)
                {
                    array.Add(Convert(child, depth + 1));
                }

                return array;
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode k ? k.Value ?? "" : key.ToString();
                    obj[name] = Convert(value, depth + 1);
                }

                return obj;
            default:
                throw new YamlException(node.Start, node.End, "Unsupported YAML node.");
        }
    }
}
