using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CloudFlow.Language.Parsing;

/// <summary>
/// Passes parser events through while refusing two shapes that hurt before any of our code runs: nesting past
/// <paramref name="maxDepth"/> (YamlDotNet builds its node tree recursively, so a deep document overflows the stack
/// and kills the process) and keys that are collections or aliases (the node tree hashes keys structurally, so an
/// aliased key costs time exponential in its anchors). Definitions need neither.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner, int maxDepth) : IParser
{
    private readonly Stack<Frame> _open = new();

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case NodeEvent or AnchorAlias:
                Enter(inner.Current);
                break;
            case SequenceEnd or MappingEnd:
                _open.Pop();
                NodeDone();
                break;
        }

        return true;
    }

    private void Enter(ParsingEvent node)
    {
        if (_open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectsKey && node is not Scalar)
        {
            throw new YamlException(node.Start, node.End, "Mapping keys must be plain scalars, not collections or aliases.");
        }

        if (node is SequenceStart or MappingStart)
        {
            if (_open.Count >= maxDepth)
            {
                throw new YamlException(node.Start, node.End, $"The document nests deeper than {maxDepth} levels.");
            }

            _open.Push(new Frame(node is MappingStart));
            return;
        }

        NodeDone();
    }

    // In a mapping, nodes alternate between key and value.
    private void NodeDone()
    {
        if (_open.TryPeek(out var parent) && parent.IsMapping)
        {
            parent.ExpectsKey = !parent.ExpectsKey;
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectsKey { get; set; } = true;
    }
}
