using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>target[index]</c> with an index computed at run time.</summary>
internal sealed class IndexNode(ExpressionNode target, ExpressionNode index) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope)
    {
        var key = index.Read(scope);
        return JsonPaths.TryIndex(target.Read(scope), key, out var value)
            ? value
            : throw new ExpressionEvaluationException($"an index must be an integer or a string, got {JsonTypes.NameOf(key)}");
    }
}
