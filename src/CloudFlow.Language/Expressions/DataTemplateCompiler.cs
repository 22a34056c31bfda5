using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Templates;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions;

/// <summary>
/// Compiles constructors by the rules of fdl.md 4.2. Errors name the key path, e.g. <c>key "a.b.$": ...</c>.
/// Parts without expressions fold into one constant, copied per evaluation.
/// </summary>
internal static class DataTemplateCompiler
{
    private const string ExpressionSuffix = ".$";

    public static DataTemplate Compile(JsonObject constructor) => CompileObject(constructor, "", dollarStrings: false);

    /// <summary>
    /// In a map or array under a ".$" key (D4), strings starting with "$" are expressions (<paramref name="dollarStrings"/>);
    /// elsewhere only ".$" keys hold expressions and every string is literal.
    /// </summary>
    private static DataTemplate CompileValue(JsonNode? value, string path, bool dollarStrings) => value switch
    {
        JsonObject obj => CompileObject(obj, path, dollarStrings),
        JsonArray array => CompileArray(array, path, dollarStrings),
        _ when dollarStrings && JsonTypes.TryGetString(value, out var text) && text.StartsWith('$') => CompileExpression(text, path),
        _ => new LiteralTemplate(value?.DeepClone()),
    };

    private static DataTemplate CompileObject(JsonObject obj, string path, bool dollarStrings)
    {
        var entries = new List<KeyValuePair<string, DataTemplate>>(obj.Count);
        foreach (var (key, value) in obj)
        {
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            var isExpression = !dollarStrings && key.EndsWith(ExpressionSuffix, StringComparison.Ordinal);
            var name = isExpression ? key[..^ExpressionSuffix.Length] : key;
            if (entries.Exists(entry => entry.Key == name))
            {
                throw new ExpressionSyntaxException($"key \"{keyPath}\": the result key \"{name}\" is given twice", 0);
            }
            entries.Add(new(name, isExpression ? CompileExpressionValue(value, keyPath) : CompileValue(value, keyPath, dollarStrings)));
        }
        if (!entries.TrueForAll(static entry => entry.Value is LiteralTemplate))
        {
            return new ObjectTemplate([.. entries]);
        }
        var constant = new JsonObject();
        foreach (var (key, value) in entries)
        {
            constant.Add(key, ((LiteralTemplate)value).Value);
        }
        return new LiteralTemplate(constant);
    }

    private static DataTemplate CompileArray(JsonArray array, string path, bool dollarStrings)
    {
        var items = new DataTemplate[array.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CompileValue(array[i], $"{path}[{i}]", dollarStrings);
        }
        if (!Array.TrueForAll(items, static item => item is LiteralTemplate))
        {
            return new ArrayTemplate(items);
        }
        var constant = new JsonArray();
        foreach (var item in items)
        {
            constant.Add(((LiteralTemplate)item).Value);
        }
        return new LiteralTemplate(constant);
    }

    /// <summary>The value of a ".$" key: an expression string, or a map or array read by D4.</summary>
    private static DataTemplate CompileExpressionValue(JsonNode? value, string path)
    {
        if (JsonTypes.TryGetString(value, out var text))
        {
            return CompileExpression(text, path);
        }
        return value is JsonObject or JsonArray
            ? CompileValue(value, path, dollarStrings: true)
            : throw new ExpressionSyntaxException(
                $"key \"{path}\": the value of a key ending in \"{ExpressionSuffix}\" must be an expression, a map or an array", 0);
    }

    private static ExpressionTemplate CompileExpression(string text, string path)
    {
        try
        {
            return new ExpressionTemplate(Expression.Parse(text));
        }
        catch (ExpressionSyntaxException e)
        {
            throw new ExpressionSyntaxException($"key \"{path}\": {e.Message}", e.Position);
        }
    }
}
