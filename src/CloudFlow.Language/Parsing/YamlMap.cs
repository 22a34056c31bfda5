using System.Globalization;
using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing;

/// <summary>Typed, case-sensitive reads of one YAML mapping, reporting every bad field to the problem list.</summary>
internal sealed class YamlMap(YamlMappingNode node, string path, ProblemList problems)
{
    public string Path { get; } = path;

    public int Line { get; } = LineOf(node);

    public ProblemList Problems { get; } = problems;

    public static int LineOf(YamlNode node) => node.Start.Line > 0 ? (int)node.Start.Line : 0;

    /// <summary>The path of a field of this mapping; the root's fields have no leading dot.</summary>
    public string Join(string key) => key.Length == 0 ? Path : Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public void Problem(string key, string message, YamlNode? at = null) =>
        Problems.Add(Join(key), at is null ? Line : LineOf(at), message);

    public string? String(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Problem(key, $"'{key}' is required.");
                }

                return null;
            case YamlScalarNode { Value: { } text }:
                return text;
            case var other:
                Problem(key, $"'{key}' must be a string.", other);
                return null;
        }
    }

    public long? Integer(string key, bool required = false)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Problem(key, $"'{key}' is required.");
            }

            return null;
        }

        if (found is YamlScalarNode { Value: { } text } && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(key, $"'{key}' must be an integer.", found);
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Problem(key, $"'{key}' is required.");
            }

            return null;
        }

        if (found is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Problem(key, $"'{key}' must be a number.", found);
        return null;
    }

    public bool? Boolean(string key)
    {
        var found = Find(key);
        if (found is null)
        {
            return null;
        }

        if (found is YamlScalarNode scalar && YamlJson.Scalar(scalar) is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        Problem(key, $"'{key}' must be true or false.", found);
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Problem(key, $"'{key}' is required.");
                }

                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, Join(key), Problems);
            case var other:
                Problem(key, $"'{key}' must be a mapping.", other);
                return null;
        }
    }

    public IReadOnlyList<YamlNode>? Sequence(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Problem(key, $"'{key}' is required.");
                }

                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case var other:
                Problem(key, $"'{key}' must be a list.", other);
                return null;
        }
    }

    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var items = Sequence(key, required);
        if (items is null)
        {
            return [];
        }

        var maps = new List<YamlMap>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, $"{Join(key)}[{i}]", Problems));
            }
            else
            {
                Problems.Add($"{Join(key)}[{i}]", LineOf(items[i]), "Each entry must be a mapping.");
            }
        }

        return maps;
    }

    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var items = Sequence(key, required);
        if (items is null)
        {
            return [];
        }

        var strings = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                strings.Add(text);
            }
            else
            {
                Problem(key, $"'{key}' must be a list of strings.", item);
            }
        }

        return strings;
    }

    public Expression? Expression(string key, bool required = false)
    {
        var text = String(key, required);
        return text is null ? null : ParseExpression(key, text);
    }

    public Expression? ParseExpression(string key, string text)
    {
        try
        {
            return Expressions.Expression.Parse(text);
        }
        catch (ExpressionSyntaxException e)
        {
            Problem(key, $"invalid expression '{text}': {e.Message}", Find(key));
            return null;
        }
    }

    public DataTemplate? Template(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                try
                {
                    return YamlJson.ToJson(mapping) is JsonObject obj ? DataTemplate.Compile(obj) : null;
                }
                catch (ExpressionSyntaxException e)
                {
                    Problem(key, e.Message, mapping);
                    return null;
                }
            case var other:
                Problem(key, $"'{key}' must be a mapping.", other);
                return null;
        }
    }
}
