using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>
/// A JSONPath-like path (fdl-legacy.md 2.5, 4): a root and member, element or wildcard steps. A path with a wildcard
/// selects an array with one entry per match, null where a match lacks the rest of the path (decisions.md).
/// </summary>
public sealed class LegacyPath : LegacySource
{
    public LegacyPath(string text, LegacyRoot root, IReadOnlyList<LegacyPathSegment> segments)
    {
        Text = text;
        Root = root;
        Segments = segments;
        HasWildcard = segments.Any(segment => segment.IsWildcard);
    }

    public string Text { get; }

    public LegacyRoot Root { get; }

    public IReadOnlyList<LegacyPathSegment> Segments { get; }

    public bool HasWildcard { get; }

    /// <summary>A <c>$.key</c> path over the step's input; throws <see cref="ExpressionSyntaxException"/>.</summary>
    public static LegacyPath ParseInputPath(string text) => LegacyPathParser.ParseInputPath(text);

    /// <summary>False when the text is not a <c>$input</c>, <c>$local</c> or <c>$context</c> path, i.e. a constant.</summary>
    public static bool TryParseSource(string text, out LegacyPath? path) => LegacyPathParser.TryParseSource(text, out path);

    public LegacySelection Select(LegacyScope scope)
    {
        var start = Root switch
        {
            LegacyRoot.Input => scope.Input,
            LegacyRoot.Local => scope.Local,
            LegacyRoot.Context => scope.Context,
        };
        if (!HasWildcard)
        {
            var selection = LegacySelection.Of(start);
            foreach (var segment in Segments)
            {
                selection = Child(selection, segment);
            }

            return selection;
        }

        var matches = new List<LegacySelection> { LegacySelection.Of(start) };
        foreach (var segment in Segments)
        {
            matches = segment.IsWildcard ? matches.SelectMany(Children).ToList() : matches.ConvertAll(match => Child(match, segment));
        }

        return LegacySelection.Of(new JsonArray(matches.Select(match => match.Node?.DeepClone()).ToArray()));
    }

    /// <summary>fdl-legacy.md 2.5 (Decision): a path that selects nothing gives null.</summary>
    public override JsonNode? Evaluate(LegacyScope scope)
    {
        var selection = Select(scope);
        return HasWildcard ? selection.Node : selection.Node?.DeepClone();
    }

    private static LegacySelection Child(LegacySelection parent, LegacyPathSegment segment) => parent.Node switch
    {
        JsonObject obj when segment.Member is { } name && obj.TryGetPropertyValue(name, out var value) => LegacySelection.Of(value),
        JsonArray array when segment.Element is { } index && index < array.Count => LegacySelection.Of(array[index]),
        _ => LegacySelection.Missing,
    };

    private static IEnumerable<LegacySelection> Children(LegacySelection parent) => parent.Node switch
    {
        JsonObject obj => obj.Select(pair => LegacySelection.Of(pair.Value)),
        JsonArray array => array.Select(LegacySelection.Of),
        _ => [],
    };
}
