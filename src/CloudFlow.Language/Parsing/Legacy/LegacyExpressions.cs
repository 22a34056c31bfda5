using CloudFlow.Language.Expressions;
using CloudFlow.Language.Expressions.Legacy;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>Parses the legacy paths and conditions a definition holds, reporting a syntax error as a problem on its line.</summary>
internal static class LegacyExpressions
{
    public static LegacyPath? ParseInputPath(YamlMap map, string key, string text) => Parse(map, key, text, LegacyPath.ParseInputPath);

    public static LegacyCondition? ParseCondition(YamlMap map, string key, string text) => Parse(map, key, text, LegacyCondition.Parse);

    public static T? Parse<T>(YamlMap map, string key, string text, Func<string, T> parse)
        where T : class
    {
        try
        {
            return parse(text);
        }
        catch (ExpressionSyntaxException e)
        {
            map.Problem(key, $"invalid {key} '{text}': {e.Message}", map.Find(key));
            return null;
        }
    }
}
