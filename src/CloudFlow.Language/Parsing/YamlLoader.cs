using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing;

/// <summary>
/// The one way the language loads YAML (definitions, mock files). Besides the parser's guards, it bounds each
/// document's size with aliases expanded, so an anchor bomb (small as text, astronomically large as data) is
/// refused here and no later walk over the nodes needs a budget of its own.
/// </summary>
internal static class YamlLoader
{
    /// <summary>Far beyond any real flow's nesting, far below what overflows a thread's stack.</summary>
    public const int MaxDepth = 128;

    public const int MaxNodes = 100_000;

    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new GuardedYamlParser(new Parser(new StringReader(text)), MaxDepth));
        var measured = new Dictionary<YamlNode, Expanded>(ReferenceEqualityComparer.Instance);
        foreach (var document in stream.Documents)
        {
            var root = Measure(document.RootNode, measured, 0);
            if (root.Height > MaxDepth)
            {
                throw TooDeep(document.RootNode);
            }
        }

        return stream;
    }

    // Memoized per node, so shared (aliased) nodes are measured once: linear in the text, not in the expansion.
    // An alias can put a deep subtree under a deep node, hence the height; the depth check also stops cycles.
    private static Expanded Measure(YamlNode node, Dictionary<YamlNode, Expanded> measured, int depth)
    {
        if (measured.TryGetValue(node, out var known))
        {
            return known;
        }

        if (depth > MaxDepth)
        {
            throw TooDeep(node);
        }

        IEnumerable<YamlNode> children = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlMappingNode mapping => mapping.Children.Values,
            _ => [],
        };
        var expanded = new Expanded(1, 1);
        foreach (var child in children)
        {
            var inner = Measure(child, measured, depth + 1);
            expanded = new Expanded(expanded.Size + inner.Size, Math.Max(expanded.Height, inner.Height + 1));
            if (expanded.Size > MaxNodes)
            {
                throw new YamlException(node.Start, node.End, $"The document has more than {MaxNodes} nodes once its aliases are expanded.");
            }
        }

        measured[node] = expanded;
        return expanded;
    }

    private static YamlException TooDeep(YamlNode node) =>
        new(node.Start, node.End, $"The document nests deeper than {MaxDepth} levels once its aliases are expanded.");

    private readonly record struct Expanded(long Size, int Height);
}
