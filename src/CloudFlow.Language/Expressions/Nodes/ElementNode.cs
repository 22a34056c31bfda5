using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>target[0]</c> with a constant index.</summary>
internal sealed class ElementNode(ExpressionNode target, long index) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope) => JsonPaths.Element(target.Read(scope), index);
}
